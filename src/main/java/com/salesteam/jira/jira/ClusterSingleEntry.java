package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;

import java.util.function.Supplier;

/**
 * One value on Jira's cluster cache under one key, replicated by invalidation: read through its loader once per node,
 * removed on every node by {@link #forget()}. The value must be immutable, as every reader on a node shares it.
 */
final class ClusterSingleEntry<V> {

    private static final String KEY = "value";

    private final Cache<String, V> cache;

    ClusterSingleEntry(CacheManager cacheManager, String name, long expiryMinutes, Supplier<V> loader) {
        this.cache = cacheManager.getCache(name, key -> loader.get(),
                ClusterCaches.invalidatedAcrossNodes(expiryMinutes, 1));
    }

    V get() {
        return cache.get(KEY);
    }

    void forget() {
        cache.removeAll();
    }
}
