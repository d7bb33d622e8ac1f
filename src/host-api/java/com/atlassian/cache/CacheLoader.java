package com.atlassian.cache;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.CacheLoader}; see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) CacheLoader. */
public interface CacheLoader<K, V> {
    V load(K key);
}
