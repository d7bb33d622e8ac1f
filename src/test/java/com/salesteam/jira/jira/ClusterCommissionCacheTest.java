package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.service.commission.CommissionLoader;
import com.salesteam.jira.service.commission.CommissionSetup;
import com.salesteam.jira.store.CommissionRepository;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The commission cache on Jira's cache API: cluster settings, one setup entry, frozen lines by rep, forget all. */
public class ClusterCommissionCacheTest {

    private final CommissionLoader loader = mock(CommissionLoader.class);
    private MapCache<CommissionSetup> setupBacking;
    private MapCache<CommissionRepository.Frozen> frozenBacking;
    private final List<String> loads = new ArrayList<>();
    private final Map<String, CacheSettings> settings = new LinkedHashMap<>();
    private ClusterCommissionCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheSettings> captured = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterCommissionCache.SETUP), any(CacheLoader.class), captured.capture()))
                .thenAnswer(call -> {
                    setupBacking = new MapCache<>(call.getArgument(1));
                    settings.put(ClusterCommissionCache.SETUP, call.getArgument(2));
                    return setupBacking;
                });
        when(manager.getCache(eq(ClusterCommissionCache.FROZEN), any(CacheLoader.class), captured.capture()))
                .thenAnswer(call -> {
                    frozenBacking = new MapCache<>(call.getArgument(1));
                    settings.put(ClusterCommissionCache.FROZEN, call.getArgument(2));
                    return frozenBacking;
                });
        when(loader.setup()).thenAnswer(call -> {
            loads.add("setup");
            return new CommissionSetup(List.of(), List.of(), Set.of());
        });
        when(loader.frozen(anyString())).thenAnswer(call -> {
            loads.add(call.getArgument(0));
            return new CommissionRepository.Frozen(List.of(), List.of());
        });
        cache = new ClusterCommissionCache(manager, loader);
    }

    @Test
    public void bothCachesAreBoundedClusterCachesReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Set.of(ClusterCommissionCache.SETUP, ClusterCommissionCache.FROZEN), settings.keySet());
        settings.values().forEach(each -> {
            assertEquals(Boolean.FALSE, each.getLocal());
            assertEquals(Boolean.FALSE, each.getReplicateViaCopy());
            assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterCommissionCache.EXPIRY_MINUTES)),
                    each.getExpireAfterWrite());
        });
        assertEquals(Integer.valueOf(1), settings.get(ClusterCommissionCache.SETUP).getMaxEntries());
        assertEquals(Integer.valueOf(ClusterCommissionCache.MAX_REPS),
                settings.get(ClusterCommissionCache.FROZEN).getMaxEntries());
    }

    @Test
    public void theSetupIsLoadedOnceAndFrozenLinesOncePerRepUntilAnAdminChangeForgetsThemAll() {
        CommissionSetup first = cache.setup();
        assertSame(first, cache.setup());
        cache.frozen("ann");
        cache.frozen("ann");
        cache.frozen("bob");
        assertEquals(List.of("setup", "ann", "bob"), loads);

        cache.forgetAll();
        assertTrue(setupBacking.getKeys().isEmpty());
        assertTrue(frozenBacking.getKeys().isEmpty());
        assertNotSame("a change is read again, on every node", first, cache.setup());
        cache.frozen("ann");
        assertEquals(List.of("setup", "ann", "bob", "setup", "ann"), loads);
    }
}
