package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.quota.RepAttainmentLoader;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The attainment cache on Jira's cache API: settings that suit a cluster, keys that forget by rep. */
public class ClusterAttainmentCacheTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);

    private final RepAttainmentLoader loader = mock(RepAttainmentLoader.class);
    private final MapCache backing = new MapCache();
    private CacheSettings settings;
    private ClusterAttainmentCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, RepAttainment>> loaderCaptor = ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterAttainmentCache.NAME), loaderCaptor.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing.loader = call.getArgument(1);
                    return backing;
                });
        when(loader.load(any(), any())).thenAnswer(call -> new RepAttainment(call.getArgument(0),
                call.<LocalDate>getArgument(1).toString(), Optional.empty(), Optional.empty(), Set.of()));
        when(loader.load(any(), any(String.class), any())).thenAnswer(call -> new RepAttainment(call.getArgument(0),
                call.getArgument(1) + " " + call.<QuotaMetric>getArgument(2).key(), Optional.empty(), Optional.empty(),
                Set.of()));
        cache = new ClusterAttainmentCache(manager, loader);
        settings = settingsCaptor.getValue();
    }

    @Test
    public void aBoundedClusterCacheReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterAttainmentCache.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterAttainmentCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
    }

    @Test
    public void loadsByRepAndDayAndForgetsOneRepOrAll() {
        assertEquals("2026-05-20", cache.get("ann|odd key", MAY).periodKey());
        assertEquals("ann|odd key", cache.get("ann|odd key", MAY).repKey());
        cache.get("bob", MAY);
        cache.get("bob", MAY.plusDays(40));

        cache.forgetRep("bob");
        assertEquals(Set.of(ClusterAttainmentCache.key("ann|odd key", MAY)), Set.copyOf(backing.getKeys()));
        cache.forgetRep("ann");
        assertEquals("another rep whose key starts alike is kept", 1, backing.getKeys().size());
        cache.forgetRep("ann|odd key");
        assertTrue("a rep key containing the separator is found whole", backing.getKeys().isEmpty());
        cache.get("carl", MAY);
        cache.forgetAll();
        assertFalse(backing.containsKey(ClusterAttainmentCache.key("carl", MAY)));
    }

    // Sales Goal: keyed by period and metric, forgotten with the rep's days
    @Test
    public void loadsByRepPeriodAndMetricAndForgetsThemWithTheRep() {
        assertEquals("FY2027-Q1 deals-won", cache.get("ann|odd key", "FY2027-Q1", QuotaMetric.DEALS_WON).periodKey());
        assertEquals("ann|odd key", cache.get("ann|odd key", "FY2027-Q1", QuotaMetric.DEALS_WON).repKey());
        assertEquals("FY2027 revenue-won", cache.get("bob", "FY2027", QuotaMetric.REVENUE_WON).periodKey());
        cache.get("bob", MAY);

        cache.forgetRep("bob");
        assertEquals(Set.of(ClusterAttainmentCache.key("ann|odd key", "FY2027-Q1", QuotaMetric.DEALS_WON)),
                Set.copyOf(backing.getKeys()));
        cache.forgetRep("ann|odd key");
        assertTrue(backing.getKeys().isEmpty());
    }

    /** Enough of a cache for the adapter: loads through the loader it was built with. */
    private static final class MapCache implements Cache<String, RepAttainment> {
        private final Map<String, RepAttainment> values = new LinkedHashMap<>();
        private CacheLoader<String, RepAttainment> loader;

        @Override
        public String getName() {
            return ClusterAttainmentCache.NAME;
        }

        @Override
        public boolean containsKey(String key) {
            return values.containsKey(key);
        }

        @Override
        public Collection<String> getKeys() {
            return List.copyOf(values.keySet());
        }

        @Override
        public RepAttainment get(String key) {
            return values.computeIfAbsent(key, loader::load);
        }

        @Override
        public RepAttainment get(String key, Supplier<? extends RepAttainment> supplier) {
            return values.computeIfAbsent(key, missing -> supplier.get());
        }

        @Override
        public void put(String key, RepAttainment value) {
            values.put(key, value);
        }

        @Override
        public RepAttainment putIfAbsent(String key, RepAttainment value) {
            return values.putIfAbsent(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public boolean remove(String key, RepAttainment value) {
            return values.remove(key, value);
        }

        @Override
        public void removeAll() {
            values.clear();
        }

        @Override
        public boolean replace(String key, RepAttainment oldValue, RepAttainment newValue) {
            return values.replace(key, oldValue, newValue);
        }
    }
}
