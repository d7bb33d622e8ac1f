package com.salesteam.jira.jira;

import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;

import java.util.concurrent.TimeUnit;

/**
 * How the app's caches live in a cluster: each node keeps its own values and a removal on one node removes that key
 * on all (replication by invalidation), bounded in entries, and values expire so figures that move with the date
 * are never older than that.
 */
final class ClusterCaches {

    private ClusterCaches() {
    }

    static CacheSettings invalidatedAcrossNodes(long expiryMinutes, int maxEntries) {
        return new CacheSettingsBuilder().remote().replicateViaInvalidation().flushable()
                .expireAfterWrite(expiryMinutes, TimeUnit.MINUTES).maxEntries(maxEntries).build();
    }
}
