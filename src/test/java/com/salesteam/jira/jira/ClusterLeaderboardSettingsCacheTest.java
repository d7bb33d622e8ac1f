package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The leaderboard settings on Jira's cache API, over the real settings table: one entry, one statement to fill. */
public class ClusterLeaderboardSettingsCacheTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class);

    private SettingsRepository repository;
    private MapCache<SettingsRepository.LeaderboardSettings> backing;
    private CacheSettings settings;
    private ClusterLeaderboardSettingsCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        repository = new SettingsRepository(db.ao());
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, SettingsRepository.LeaderboardSettings>> loader =
                ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterLeaderboardSettingsCache.NAME), loader.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing = new MapCache<>(call.getArgument(1));
                    return backing;
                });
        cache = new ClusterLeaderboardSettingsCache(manager, repository);
        settings = settingsCaptor.getValue();
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
