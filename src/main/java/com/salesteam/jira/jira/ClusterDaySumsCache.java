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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The day sums of weeks and fiscal periods on Jira's cluster cache, one entry per range key, replicated by
 * invalidation as {@link ClusterPeriodSumsCache} is: entries enter only through the loader (a put would remove the
 * range on every other node), and a deal change removes its ranges on every node. One race remains: a node that read
 * just before another node's change and loads just after its removal keeps the old sums until the entry expires. An
 * entry holds every rep with figures in the range. Single days (the edges of a custom range) live in a second cache of
 * more, smaller entries, so that a long range's days do not push the weeks and periods out.
 */
public class ClusterDaySumsCache implements DaySumsCache {

    static final String NAME = ClusterDaySumsCache.class.getName() + ".daySums";
    static final String DAYS_NAME = ClusterDaySumsCache.class.getName() + ".singleDays";
    /**
     * A custom range of a year and the one before it take up to 21 weeks and fiscal periods: 64 keeps two such boards
     * with the week boards, scorecards and attainments of the current periods, which would otherwise evict each other
     * and re-read a year of day rows of everyone on every miss.
     */
    static final int MAX_ENTRIES = 64;
    /** A range and the one before it have at most 48 single days: two such boards. */
    static final int MAX_DAYS = 96;
    static final long EXPIRY_MINUTES = 10;

    private final Cache<String, Map<String, DealSums>> cache;
    private final Cache<String, Map<String, DealSums>> days;
    private final DealLedger ledger;
    /** Sums this thread has just read, for the loader to store: entries enter the caches through the loader only. */
    private final ThreadLocal<Map<String, Map<String, DealSums>>> justRead = new ThreadLocal<>();

    public ClusterDaySumsCache(CacheManager cacheManager, DealLedger ledger) {
        this.ledger = ledger;
        this.cache = cacheManager.getCache(NAME, this::load,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
        this.days = cacheManager.getCache(DAYS_NAME, this::load,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_DAYS));
    }

    private Cache<String, Map<String, DealSums>> cacheOf(DateRange range) {
        return range.days() == 1 ? days : cache;
    }

    private Map<String, DealSums> load(String key) {
        Map<String, Map<String, DealSums>> read = justRead.get();
        if (read != null && read.containsKey(key)) {
            return read.get(key);
        }
        DateRange range = DateRange.parse(key).orElseThrow(() -> new IllegalArgumentException("not a range: " + key));
        return frozen(ledger.spanSumsOfEveryone(List.of(range)).getOrDefault(range, Map.of()));
    }

    @Override
    public Map<DateRange, Map<String, DealSums>> byRange(Collection<DateRange> ranges) {
        Map<DateRange, Map<String, DealSums>> found = new LinkedHashMap<>();
        List<DateRange> missing = new ArrayList<>();
        for (DateRange range : new LinkedHashSet<>(ranges)) {
            if (cacheOf(range).containsKey(range.key())) {
                found.put(range, cacheOf(range).get(range.key()));
            } else {
                missing.add(range);
            }
        }
        if (!missing.isEmpty()) {
            Map<DateRange, Map<String, DealSums>> read = ledger.spanSumsOfEveryone(missing);
            Map<String, Map<String, DealSums>> loading = new HashMap<>();
            missing.forEach(range -> loading.put(range.key(), frozen(read.getOrDefault(range, Map.of()))));
            justRead.set(loading);
            try {
                // through the loader, as a put would remove the range on every other node
                missing.forEach(range -> found.put(range, cacheOf(range).get(range.key())));
            } finally {
                justRead.remove();
            }
        }
        return found;
    }

    @Override
    public void forgetRanges(Collection<String> rangeKeys) {
        rangeKeys.forEach(key -> DateRange.parse(key).ifPresent(range -> cacheOf(range).remove(key)));
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
        days.removeAll();
    }

    /** Shared by every reader on the node, so nobody may change it (each {@link DealSums} is immutable). */
    private static Map<String, DealSums> frozen(Map<String, DealSums> byOwner) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byOwner));
    }
}
