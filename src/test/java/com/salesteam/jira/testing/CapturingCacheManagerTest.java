package com.salesteam.jira.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class CapturingCacheManagerTest {

    @Test
    public void aCacheLoadsThroughItsLoaderAndKeepsTheSettingsItWasMadeWith() {
        CapturingCacheManager caches = new CapturingCacheManager();
        CacheSettings asked = new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(3).build();

        Cache<String, Integer> made = caches.manager().getCache("lengths", String::length, asked);

        assertEquals(Integer.valueOf(5), made.get("hello"));
        assertSame(made, caches.cache("lengths"));
        assertEquals(Integer.valueOf(3), caches.settings("lengths").getMaxEntries());
        assertThrows(IllegalStateException.class, () -> caches.cache("other"));
    }
}
