package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.quota.RepAttainmentLoader;
import com.salesteam.jira.service.quota.RepFigures;

import java.time.LocalDate;

/**
 * The attainment cache on Jira's cluster cache, one entry per rep: each node keeps its own values, and removing a
 * rep on one node removes that key on all (replication by invalidation), so no node serves a figure another node
 * has changed. Bounded in entries; values expire so the pace, which moves with the date, is never older than that.
 */
public class ClusterAttainmentCache implements AttainmentCache {

    static final String NAME = ClusterAttainmentCache.class.getName() + ".repFigures";
    static final int MAX_ENTRIES = 10_000;
    static final long EXPIRY_MINUTES = 10;

    private final Cache<String, RepFigures> cache;

    public ClusterAttainmentCache(CacheManager cacheManager, RepAttainmentLoader loader) {
        this.cache = cacheManager.getCache(NAME, loader::load,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    @Override
    public RepAttainment get(String repKey, LocalDate day) {
        return cache.get(repKey).on(day);
    }

    @Override
    public RepAttainment get(String repKey, String periodKey, QuotaMetric metric) {
        return cache.get(repKey).on(periodKey, metric);
    }

    @Override
    public void forgetRep(String repKey) {
        cache.remove(repKey);
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
    }
}
