package com.atlassian.cache;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.CacheFactory}; see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) CacheFactory. getCachedReference overloads and deprecated getCache(String, Class, Class) left out. */
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name);

    <K, V> Cache<K, V> getCache(Class<?> owningClass, String name);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
