package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The scorecard cache on Jira's cache API: cluster settings, rules read once, keys that forget by person. */
public class ClusterScorecardCacheTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);

    private final RepScorecardLoader loader = mock(RepScorecardLoader.class);
    private final Map<String, MapCache<?>> caches = new HashMap<>();
    private final Map<String, CacheSettings> settings = new HashMap<>();
    private final ScorecardRules rules = new ScorecardRules(Map.of(), Map.of());
    private ClusterScorecardCache cache;

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        when(manager.getCache(any(String.class), any(CacheLoader.class), any(CacheSettings.class))).thenAnswer(call -> {
            MapCache backing = new MapCache(call.getArgument(1));
            caches.put(call.getArgument(0), backing);
            settings.put(call.getArgument(0), call.getArgument(2));
            return backing;
        });
        when(loader.rules()).thenReturn(rules);
        when(loader.calendar()).thenReturn(com.salesteam.jira.model.FiscalCalendar.DEFAULT);
        when(loader.load(any(), any(), any())).thenAnswer(call -> new RepScorecard(call.getArgument(0),
                call.<LocalDate>getArgument(1).toString(),
                new ScorecardScore(KpiRole.REP, Optional.empty(), BigDecimal.ZERO, List.of()), Set.of()));
        cache = new ClusterScorecardCache(manager, loader);
    }

    @Test
    public void boundedClusterCachesReplicatedByInvalidationWhoseEntriesExpire() {
        for (String name : List.of(ClusterScorecardCache.SCORES, ClusterScorecardCache.RULES)) {
            CacheSettings each = settings.get(name);
            assertEquals(name, Boolean.FALSE, each.getLocal());
            assertEquals(name, Boolean.FALSE, each.getReplicateViaCopy());
            assertEquals(name, Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterScorecardCache.EXPIRY_MINUTES)),
                    each.getExpireAfterWrite());
        }
        assertEquals(Integer.valueOf(ClusterScorecardCache.MAX_ENTRIES), settings.get(ClusterScorecardCache.SCORES).getMaxEntries());
        assertEquals(Integer.valueOf(1), settings.get(ClusterScorecardCache.RULES).getMaxEntries());
    }

    @Test
    public void loadsByPersonAndDayWithTheRulesReadOnceAndForgetsOnePersonOrAll() {
        cache.get("ann|odd key", MAY);
        verify(loader, times(1)).load("ann|odd key", MAY, rules);
        assertEquals("2026-05-20", cache.get("ann|odd key", MAY).periodKey());
        cache.get("bob", MAY);
        assertEquals("a day of the same quarter reads the same scorecard", "2026-05-20",
                cache.get("bob", MAY.plusDays(40)).periodKey());
        assertEquals("another quarter is loaded", "2026-07-01", cache.get("bob", LocalDate.of(2026, 7, 1)).periodKey());
        assertSame(rules, cache.rules());
        verify(loader, times(1)).rules();

        cache.forgetPerson("bob");
        assertEquals("one entry per person, removed by its key (which reaches every node)", Set.of("ann|odd key"),
                Set.copyOf(caches.get(ClusterScorecardCache.SCORES).getKeys()));
        cache.forgetPerson("ann");
        assertEquals("another person whose key starts alike is kept", 1,
                caches.get(ClusterScorecardCache.SCORES).getKeys().size());
        cache.forgetAll();
        assertTrue(caches.get(ClusterScorecardCache.SCORES).getKeys().isEmpty());
        assertTrue("the rules are read again", caches.get(ClusterScorecardCache.RULES).getKeys().isEmpty());
        cache.rules();
        verify(loader, times(2)).rules();
    }

    @Test
    public void aTeamChangeForgetsEveryScorecardButKeepsTheRules() {
        cache.get("ann", MAY);
        cache.get("bob", MAY);

        cache.forgetScores();

        assertTrue(caches.get(ClusterScorecardCache.SCORES).getKeys().isEmpty());
        assertEquals("definitions and weights do not depend on teams", 1,
                caches.get(ClusterScorecardCache.RULES).getKeys().size());
        assertSame(rules, cache.rules());
        cache.get("ann", MAY);
        verify(loader, times(2)).load("ann", MAY, rules);
        verify(loader, times(1)).rules();
    }
}
