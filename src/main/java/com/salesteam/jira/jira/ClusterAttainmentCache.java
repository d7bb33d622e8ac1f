package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.salesteam.jira.model.quota.QuotaMetric;
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
    /**
     * A key is what is asked for, a separator, then the rep's key (which may hold any character): the day, or the
     * period and metric ("FY2027-Q1/deals-won"). Neither holds the separator, so the first one ends it.
     */
    private static final char SEPARATOR = '|';
    private static final char METRIC_SEPARATOR = '/';

    private final Cache<String, RepAttainment> cache;

    public ClusterAttainmentCache(CacheManager cacheManager, RepAttainmentLoader loader) {
        this.cache = cacheManager.getCache(NAME,
                key -> load(loader, key),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().flushable()
                        .expireAfterWrite(EXPIRY_MINUTES, TimeUnit.MINUTES).maxEntries(MAX_ENTRIES).build());
    }

    static String key(String repKey, LocalDate day) {
        return day.toString() + SEPARATOR + repKey;
    }

    static String key(String repKey, String periodKey, QuotaMetric metric) {
        return periodKey + METRIC_SEPARATOR + metric.key() + SEPARATOR + repKey;
    }

    private static RepAttainment load(RepAttainmentLoader loader, String key) {
        String asked = key.substring(0, key.indexOf(SEPARATOR));
        String repKey = rep(key);
        int metric = asked.indexOf(METRIC_SEPARATOR);
        if (metric < 0) {
            return loader.load(repKey, LocalDate.parse(asked));
        }
        return loader.load(repKey, asked.substring(0, metric),
                QuotaMetric.fromKey(asked.substring(metric + 1)).orElseThrow());
    }

    private static String rep(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }

    @Override
    public RepAttainment get(String repKey, LocalDate day) {
        return cache.get(key(repKey, day));
    }

    @Override
    public RepAttainment get(String repKey, String periodKey, QuotaMetric metric) {
        return cache.get(key(repKey, periodKey, metric));
    }

    @Override
    public void forgetRep(String repKey) {
        for (String key : List.copyOf(cache.getKeys())) {
            if (rep(key).equals(repKey)) {
                cache.remove(key);
            }
        }
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
    }
}
