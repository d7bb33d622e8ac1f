package com.salesteam.jira.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's caches replicated by invalidation across nodes of one cluster, for the cache adapters' tests and the bench:
 * each node keeps its own values; a {@code remove}, {@code removeAll} or {@code put} on one node removes that key
 * (or every key) on the other nodes of the cluster, while a get that runs the loader stays on its node. Bounded as
 * the settings say, the least recently used entry evicted first. Not thread-safe: tests drive it from one thread.
 */
public final class InvalidatingCluster {

    private final List<Node> nodes = new ArrayList<>();

    /** A new node of this cluster: its own cache manager, whose caches of a name are that name's caches elsewhere. */
    public Node node() {
        Node node = new Node();
        nodes.add(node);
        return node;
    }

    private void removeElsewhere(Node from, String name, String key) {
        for (Node node : nodes) {
            NodeCache<?> cache = node.caches.get(name);
            if (node != from && cache != null) {
                cache.values.remove(key);
            }
        }
    }

    private void clearElsewhere(Node from, String name) {
        for (Node node : nodes) {
            NodeCache<?> cache = node.caches.get(name);
            if (node != from && cache != null) {
                cache.values.clear();
            }
        }
    }

    /** One node: the {@link CacheManager} its components are given. */
    public final class Node implements CacheManager {
        private final Map<String, NodeCache<?>> caches = new LinkedHashMap<>();

        /** This node's cache of that name (as created by a component), to look into. */
        @SuppressWarnings("unchecked")
        public <V> NodeCache<V> cache(String name) {
            NodeCache<V> cache = (NodeCache<V>) caches.get(name);
            if (cache == null) {
                throw new IllegalArgumentException("no cache " + name + " on this node");
            }
            return cache;
        }

        @SuppressWarnings("unchecked")
        @Override
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            return (Cache<K, V>) caches.computeIfAbsent(name, key -> new NodeCache<>(this, name,
                    (CacheLoader<String, V>) loader, settings.getMaxEntries(Integer.MAX_VALUE)));
        }

        @Override
        public <K, V> Cache<K, V> getCache(String name) {
            throw new UnsupportedOperationException("the app's caches are all made with a loader and settings");
        }

        @Override
        public <K, V> Cache<K, V> getCache(Class<?> owningClass, String name) {
            throw new UnsupportedOperationException("the app's caches are all made with a loader and settings");
        }

        @Override
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader) {
            throw new UnsupportedOperationException("the app's caches are all made with a loader and settings");
        }

        @Override
        public void flushCaches() {
            caches.values().forEach(NodeCache::removeAll);
        }
    }

    /** One node's cache of one name. */
    public final class NodeCache<V> implements Cache<String, V> {
        private final Node node;
        private final String name;
        private final CacheLoader<String, V> loader;
        private final Map<String, V> values;
        private final Map<String, Runnable> afterRemove = new LinkedHashMap<>();
        private int puts;
        private int loads;

        private NodeCache(Node node, String name, CacheLoader<String, V> loader, int maxEntries) {
            this.node = node;
            this.name = name;
            this.loader = loader;
            this.values = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        /** How many puts (of any kind) this node made: a cache filled by its loader only makes none. */
        public int puts() {
            return puts;
        }

        /**
         * Runs {@code then} once, right after this node's next {@code remove} of that key: for a test to land another
         * node's late invalidation in the middle of a component's work.
         */
        public void afterRemove(String key, Runnable then) {
            afterRemove.put(key, then);
        }

        /** How many times this node ran the loader. */
        public int loads() {
            return loads;
        }

        private void written(String key) {
            puts++;
            removeElsewhere(node, name, key);
        }

        @Override
        public String getName() {
            return name;
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
            V value = values.get(key);
            if (value == null) {
                loads++;
                value = loader.load(key);
                values.put(key, value);
            }
            return value;
        }

        @Override
        public V get(String key, Supplier<? extends V> supplier) {
            V value = values.get(key);
            if (value == null) {
                value = supplier.get();
                values.put(key, value);
            }
            return value;
        }

        @Override
        public void put(String key, V value) {
            values.put(key, value);
            written(key);
        }

        @Override
        public V putIfAbsent(String key, V value) {
            V old = values.putIfAbsent(key, value);
            if (old == null) {
                written(key);
            }
            return old;
        }

        @Override
        public void remove(String key) {
            values.remove(key);
            removeElsewhere(node, name, key);
            Runnable then = afterRemove.remove(key);
            if (then != null) {
                then.run();
            }
        }

        @Override
        public boolean remove(String key, V value) {
            boolean removed = values.remove(key, value);
            if (removed) {
                removeElsewhere(node, name, key);
            }
            return removed;
        }

        @Override
        public void removeAll() {
            values.clear();
            clearElsewhere(node, name);
        }

        @Override
        public boolean replace(String key, V oldValue, V newValue) {
            boolean replaced = values.replace(key, oldValue, newValue);
            if (replaced) {
                written(key);
            }
            return replaced;
        }
    }
}
