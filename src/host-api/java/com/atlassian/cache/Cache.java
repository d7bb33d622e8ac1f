package com.atlassian.cache;

import java.util.Collection;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.Cache}; see DESIGN.md. Verified against: docs.atlassian.com atlassian-cache 2.11.0/4.0.0 Cache (apidocs/xref) and a decompiled Confluence 8 TransactionAwareCache delegating getKeys/get/get(K, Supplier)/put/remove/removeAll. Listener methods left out. */
public interface Cache<K, V> {
    String getName();

    boolean containsKey(K key);

    Collection<K> getKeys();

    V get(K key);

    V get(K key, Supplier<? extends V> valueSupplier);

    void put(K key, V value);

    V putIfAbsent(K key, V value);

    void remove(K key);

    boolean remove(K key, V value);

    void removeAll();

    boolean replace(K key, V oldValue, V newValue);
}
