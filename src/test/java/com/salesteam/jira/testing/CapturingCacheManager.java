package com.salesteam.jira.testing;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

/**
 * Jira's cache manager for one node in the cache adapters' tests: each cache asked for by name is a (spied)
 * {@link MapCache} over the adapter's own loader, kept with the settings the adapter asked for, so a test checks both.
 */
public final class CapturingCacheManager {

    private final CacheManager manager = mock(CacheManager.class);
    private final Map<String, MapCache<?>> caches = new HashMap<>();
    private final Map<String, CacheSettings> settings = new HashMap<>();

    @SuppressWarnings("unchecked")
    public CapturingCacheManager() {
        when(manager.getCache(anyString(), any(CacheLoader.class), any(CacheSettings.class))).thenAnswer(call -> {
            MapCache<Object> cache = spy(new MapCache<>(call.getArgument(1)));
            caches.put(call.getArgument(0), cache);
            settings.put(call.getArgument(0), call.getArgument(2));
            return cache;
        });
    }

    public CacheManager manager() {
        return manager;
    }

    /** The cache made under this name. */
    @SuppressWarnings("unchecked")
    public <V> MapCache<V> cache(String name) {
        MapCache<?> cache = caches.get(name);
        if (cache == null) {
            throw new IllegalStateException("no cache was asked for under " + name);
        }
        return (MapCache<V>) cache;
    }

    /** The settings the cache of this name was made with. */
    public CacheSettings settings(String name) {
        cache(name);
        return settings.get(name);
    }
}
