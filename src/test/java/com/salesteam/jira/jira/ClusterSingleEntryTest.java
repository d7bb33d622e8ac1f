package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.testing.MapCache;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ClusterSingleEntryTest {

    private final ArgumentCaptor<CacheSettings> settings = ArgumentCaptor.forClass(CacheSettings.class);
    private final AtomicInteger loads = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private ClusterSingleEntry<String> entry() {
        CacheManager manager = mock(CacheManager.class);
        when(manager.getCache(eq("name"), any(CacheLoader.class), settings.capture()))
                .thenAnswer(call -> new MapCache<>(call.getArgument(1)));
        return new ClusterSingleEntry<>(manager, "name", 7, () -> "load " + loads.incrementAndGet());
    }

    @Test
    public void oneEntryReplicatedByInvalidationExpiringAfterTheGivenMinutes() {
        entry();
        assertEquals(Boolean.FALSE, settings.getValue().getLocal());
        assertEquals(Boolean.FALSE, settings.getValue().getReplicateViaCopy());
        assertEquals(Integer.valueOf(1), settings.getValue().getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(7)), settings.getValue().getExpireAfterWrite());
    }

    @Test
    public void theValueIsLoadedOnceThenAgainOnlyAfterItIsForgotten() {
        ClusterSingleEntry<String> entry = entry();
        assertEquals("load 1", entry.get());
        assertEquals("load 1", entry.get());
        entry.forget();
        assertEquals("load 2", entry.get());
        assertEquals(2, loads.get());
    }
}
