package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.store.DealLedger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The day sums of weeks and fiscal periods on Jira's cluster cache, one entry per range key, replicated by
 * invalidation exactly as {@link ClusterPeriodSumsCache} is (and with its one race: a node that read just before
 * another node's change and stores just after its removal keeps the old sums until the entry expires). An entry
 * holds every rep with figures in the range.
 */
public class ClusterDaySumsCache implements DaySumsCache {

    static final String NAME = ClusterDaySumsCache.class.getName() + ".daySums";
    static final int MAX_ENTRIES = 24;
    static final long EXPIRY_MINUTES = 10;

    private final Cache<String, Map<String, DealSums>> cache;
    private final DealLedger ledger;

    public ClusterDaySumsCache(CacheManager cacheManager, DealLedger ledger) {
        this.ledger = ledger;
        this.cache = cacheManager.getCache(NAME, key -> load(ledger, key),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    private static Map<String, DealSums> load(DealLedger ledger, String key) {
        DateRange range = DateRange.parse(key).orElseThrow(() -> new IllegalArgumentException("not a range: " + key));
        return frozen(ledger.spanSumsOfEveryone(List.of(range)).getOrDefault(range, Map.of()));
    }

    @Override
    public Map<DateRange, Map<String, DealSums>> byRange(Collection<DateRange> ranges) {
        Map<DateRange, Map<String, DealSums>> found = new LinkedHashMap<>();
        List<DateRange> missing = new ArrayList<>();
        for (DateRange range : new LinkedHashSet<>(ranges)) {
            if (cache.containsKey(range.key())) {
                found.put(range, cache.get(range.key()));
            } else {
                missing.add(range);
            }
        }
        if (!missing.isEmpty()) {
            Map<DateRange, Map<String, DealSums>> read = ledger.spanSumsOfEveryone(missing);
            for (DateRange range : missing) {
                Map<String, DealSums> sums = frozen(read.getOrDefault(range, Map.of()));
                cache.put(range.key(), sums);
                found.put(range, sums);
            }
        }
        return found;
    }

    @Override
    public void forgetRanges(Collection<String> rangeKeys) {
        rangeKeys.forEach(cache::remove);
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
    }

    /** Shared by every reader on the node, so nobody may change it (each {@link DealSums} is immutable). */
    private static Map<String, DealSums> frozen(Map<String, DealSums> byOwner) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byOwner));
    }
}
