package com.salesteam.jira.jira;

import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.CapturingCacheManager;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The leaderboard settings on Jira's cache API, over the real settings table: one entry, one statement to fill. */
public class ClusterLeaderboardSettingsCacheTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class);

    private SettingsRepository repository;
    private MapCache<SettingsRepository.LeaderboardSettings> backing;
    private CacheSettings settings;
    private ClusterLeaderboardSettingsCache cache;

    @Before
    public void setUp() {
        repository = new SettingsRepository(db.ao());
        CapturingCacheManager caches = new CapturingCacheManager();
        cache = new ClusterLeaderboardSettingsCache(caches.manager(), repository);
        backing = caches.cache(ClusterLeaderboardSettingsCache.NAME);
        settings = caches.settings(ClusterLeaderboardSettingsCache.NAME);
    }

    @Test
    public void oneEntryReplicatedByInvalidationThatExpiresSoon() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(1), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterLeaderboardSettingsCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
    }

    @Test
    public void theSettingsAreReadOnceThenFromMemoryUntilForgottenOnEveryNode() {
        repository.saveDefaultCurrency(Currency.getInstance("EUR"));
        repository.saveLeaderboardPrivacy(new LeaderboardPrivacy(true, false, Set.of("dan")));

        db.statements().reset();
        SettingsRepository.LeaderboardSettings read = cache.settings();
        assertEquals("calendar, currency and privacy in one", 1, db.statements().count());
        assertEquals(repository.leaderboardSettings(), read);
        assertEquals(Set.of("dan"), read.privacy().excluded());
        db.statements().reset();
        assertEquals(read, cache.settings());
        assertEquals("answered from memory", 0, db.statements().count());

        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY);
        repository.saveFiscalCalendar(april);
        repository.saveLeaderboardPrivacy(new LeaderboardPrivacy(false, true, Set.of()));
        assertEquals("kept until forgotten", read, cache.settings());
        cache.forget();
        assertTrue(backing.getKeys().isEmpty());
        assertEquals(april, cache.settings().calendar());
        assertEquals(LeaderboardPrivacy.DEFAULT, cache.settings().privacy());
    }
}
