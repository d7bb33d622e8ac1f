package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.quota.RepAttainmentLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The attainment cache on Jira's cluster cache: each node keeps its own values, and a removal on one node is sent
 * to all (replication by invalidation), so no node serves a figure another node has changed. Bounded in entries,
 * and values expire so the pace (which moves with the date) is never older than that.
 */
public class ClusterAttainmentCache implements AttainmentCache {

    static final String NAME = ClusterAttainmentCache.class.getName() + ".repAttainment";
    static final int MAX_ENTRIES = 10_000;
    static final long EXPIRY_MINUTES = 10;
    /** ISO dates are ten characters: the key is the day, a separator, then the rep's key (which may hold any). */
    private static final int DAY_LENGTH = 10;

    private final Cache<String, RepAttainment> cache;

    public ClusterAttainmentCache(CacheManager cacheManager, RepAttainmentLoader loader) {
        this.cache = cacheManager.getCache(NAME,
                key -> loader.load(key.substring(DAY_LENGTH + 1), LocalDate.parse(key.substring(0, DAY_LENGTH))),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().flushable()
                        .expireAfterWrite(EXPIRY_MINUTES, TimeUnit.MINUTES).maxEntries(MAX_ENTRIES).build());
    }

    static String key(String repKey, LocalDate day) {
        return day + "|" + repKey;
    }

    @Override
    public RepAttainment get(String repKey, LocalDate day) {
        return cache.get(key(repKey, day));
    }

    @Override
    public void forgetRep(String repKey) {
        for (String key : List.copyOf(cache.getKeys())) {
            if (key.substring(DAY_LENGTH + 1).equals(repKey)) {
                cache.remove(key);
            }
        }
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
    }
}
