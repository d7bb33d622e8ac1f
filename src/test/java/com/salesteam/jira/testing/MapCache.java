package com.salesteam.jira.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.Supplier;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Enough of Jira's cache for the cache adapters' tests: one node's map, loading through the loader it was given. */
public final class MapCache<V> implements Cache<String, V> {
    private final Map<String, V> values;
    private final CacheLoader<String, V> loader;

    public MapCache(CacheLoader<String, V> loader) {
        this.loader = loader;
        this.values = new LinkedHashMap<>();
    }

    private MapCache(CacheLoader<String, V> loader, int maxEntries) {
        this.loader = loader;
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Holding at most this many entries, the least recently used evicted first, as a bounded Jira cache does. */
    public static <V> MapCache<V> bounded(CacheLoader<String, V> loader, int maxEntries) {
        return new MapCache<>(loader, maxEntries);
    }

    @Override
    public String getName() {
        return "map";
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
    public V get(String key) {
        return values.computeIfAbsent(key, loader::load);
    }

    @Override
    public V get(String key, Supplier<? extends V> supplier) {
        return values.computeIfAbsent(key, missing -> supplier.get());
    }

    @Override
    public void put(String key, V value) {
        values.put(key, value);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        return values.putIfAbsent(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public boolean remove(String key, V value) {
        return values.remove(key, value);
    }

    @Override
    public void removeAll() {
        values.clear();
    }

    @Override
    public boolean replace(String key, V oldValue, V newValue) {
        return values.replace(key, oldValue, newValue);
    }
}
