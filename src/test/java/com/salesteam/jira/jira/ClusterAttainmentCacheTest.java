package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.quota.RepAttainmentLoader;
import com.salesteam.jira.service.quota.RepFigures;
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
    private final List<String> loads = new java.util.ArrayList<>();
    private CacheSettings settings;
    private ClusterAttainmentCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, RepFigures>> loaderCaptor = ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterAttainmentCache.NAME), loaderCaptor.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing.loader = call.getArgument(1);
                    return backing;
                });
        when(loader.load(any())).thenAnswer(call -> {
            String rep = call.getArgument(0);
            loads.add(rep);
            RepFigures figures = mock(RepFigures.class);
            when(figures.on(any(LocalDate.class))).thenAnswer(on -> new RepAttainment(rep,
                    on.<LocalDate>getArgument(0).toString(), Optional.empty(), Optional.empty(), Set.of()));
            when(figures.on(any(String.class), any(QuotaMetric.class))).thenAnswer(on -> new RepAttainment(rep,
                    on.getArgument(0) + "/" + on.<QuotaMetric>getArgument(1).key(), Optional.empty(), Optional.empty(),
                    Set.of()));
            return figures;
        });
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
    public void oneEntryPerRepAnswersEveryDayAndIsForgottenByItsKeyOnEveryNode() {
        assertEquals("2026-05-20", cache.get("ann", MAY).periodKey());
        assertEquals("2026-06-29", cache.get("ann", MAY.plusDays(40)).periodKey());
        cache.get("bob", MAY);
        assertEquals("FY2026/deals-won", cache.get("bob", "FY2026", QuotaMetric.DEALS_WON).periodKey());
        assertEquals("any close date or goal period of a rep is answered from one load", List.of("ann", "bob"), loads);

        cache.forgetRep("bob");
        assertEquals(Set.of("ann"), Set.copyOf(backing.getKeys()));
        cache.get("bob", MAY);
        assertEquals(List.of("ann", "bob", "bob"), loads);
        cache.forgetAll();
        assertFalse(backing.containsKey("ann") || backing.containsKey("bob"));
    }

    /** Enough of a cache for the adapter: loads through the loader it was built with. */
    private static final class MapCache implements Cache<String, RepFigures> {
        private final Map<String, RepFigures> values = new LinkedHashMap<>();
        private CacheLoader<String, RepFigures> loader;

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
        public RepFigures get(String key) {
            return values.computeIfAbsent(key, loader::load);
        }

        @Override
        public RepFigures get(String key, Supplier<? extends RepFigures> supplier) {
            return values.computeIfAbsent(key, missing -> supplier.get());
        }

        @Override
        public void put(String key, RepFigures value) {
            values.put(key, value);
        }

        @Override
        public RepFigures putIfAbsent(String key, RepFigures value) {
            return values.putIfAbsent(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public boolean remove(String key, RepFigures value) {
            return values.remove(key, value);
        }

        @Override
        public void removeAll() {
            values.clear();
        }

        @Override
        public boolean replace(String key, RepFigures oldValue, RepFigures newValue) {
            return values.replace(key, oldValue, newValue);
        }
    }
}
