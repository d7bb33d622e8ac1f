package com.salesteam.jira.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The fake of Jira's caches replicated by invalidation: writes and removals reach the other nodes, loads do not. */
public class InvalidatingClusterTest {

    private final InvalidatingCluster cluster = new InvalidatingCluster();
    private final InvalidatingCluster.Node a = cluster.node();
    private final InvalidatingCluster.Node b = cluster.node();
    private final AtomicInteger loads = new AtomicInteger();

    private Cache<String, String> cacheOn(InvalidatingCluster.Node node, int maxEntries) {
        return node.getCache("c", key -> key + loads.incrementAndGet(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(maxEntries).build());
    }

    @Test
    public void loaderGetsStayOnTheirNodeAndPutsRemovesAndClearsReachTheOthers() {
        Cache<String, String> onA = cacheOn(a, 10);
        Cache<String, String> onB = cacheOn(b, 10);
        assertEquals("k1", onA.get("k"));
        assertEquals("k2", onB.get("k"));
        onB.get("j");
        assertEquals("A keeps its own value", "k1", onA.get("k"));
        assertEquals(0, a.cache("c").puts());
        assertEquals(2, b.cache("c").loads());

        onA.put("k", "mine");
        assertFalse("a put removes the key elsewhere", onB.containsKey("k"));
        assertTrue(onB.containsKey("j"));
        assertEquals(1, a.<String>cache("c").puts());
        onB.get("k");
        onB.remove("k");
        assertFalse(onA.containsKey("k"));
        onA.get("x");
        onB.removeAll();
        assertTrue(onA.getKeys().isEmpty());
    }

    @Test
    public void aHookRunsOnceRightAfterThisNodesNextRemoveOfItsKey() {
        Cache<String, String> onA = cacheOn(a, 10);
        Cache<String, String> onB = cacheOn(b, 10);
        onA.get("k");
        onA.get("j");
        List<String> seen = new ArrayList<>();
        a.cache("c").afterRemove("k", () -> seen.add("k gone: " + !onA.containsKey("k")));
        onB.remove("k");
        onA.remove("j");
        assertEquals("another node's remove or another key does not run it", List.of(), seen);
        onA.remove("k");
        onA.remove("k");
        assertEquals(List.of("k gone: true"), seen);
    }

    @Test
    public void eachNodeIsBoundedOnItsOwnLeastRecentlyUsedFirst() {
        Cache<String, String> onA = cacheOn(a, 2);
        onA.get("1");
        onA.get("2");
        onA.get("1");
        onA.get("3");
        assertEquals(Set.of("1", "3"), Set.copyOf(onA.getKeys()));
        assertEquals(List.of(), List.copyOf(cacheOn(b, 2).getKeys()));
    }
}
