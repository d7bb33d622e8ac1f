package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.PeriodSumsPatch;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The period sums on Jira's cluster cache, one entry per period key: removing a period on one node removes it on
 * every node (replication by invalidation), so no node keeps ranking on sums another node has changed. One race
 * remains, as with every cache here: a node that read the rows just before another node's change and stores them
 * just after its removal keeps those sums until the entry expires (at most ten minutes). An entry holds every
 * rep of the company (a few megabytes at 10,000 reps), hence few entries: the boards and attainments asked for are
 * those of the current and previous periods.
 */
public class ClusterPeriodSumsCache implements PeriodSumsCache {

    static final String NAME = ClusterPeriodSumsCache.class.getName() + ".periodSums";
    static final int MAX_ENTRIES = 24;
    static final long EXPIRY_MINUTES = 10;

    private final Cache<String, Map<String, Map<Currency, ForecastTotals>>> cache;
    private final DealLedger ledger;

    public ClusterPeriodSumsCache(CacheManager cacheManager, DealLedger ledger) {
        this.ledger = ledger;
        this.cache = cacheManager.getCache(NAME, key -> frozen(ledger.periodTotalsOfEveryone(key)),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    @Override
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod(Collection<String> periodKeys) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            if (cache.containsKey(key)) {
                found.put(key, cache.get(key));
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, Map<Currency, ForecastTotals>>> read = ledger.periodTotalsOfEveryone(missing);
            for (String key : missing) {
                Map<String, Map<Currency, ForecastTotals>> sums = frozen(read.getOrDefault(key, Map.of()));
                cache.put(key, sums);
                found.put(key, sums);
            }
        }
        return found;
    }

    @Override
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> held(Collection<String> periodKeys) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> held = new HashMap<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            // an entry expiring just now is loaded before the change is written: still what the deltas apply to
            if (cache.containsKey(key)) {
                held.put(key, cache.get(key));
            }
        }
        return held;
    }

    /**
     * The removal reaches every node; the put that follows then stores this node's patched sums (and, replicated by
     * invalidation, only removes the key again elsewhere). A reader of this node that read the rows before the change
     * and stores them after the put is the one race every cache here has.
     */
    @Override
    public void patch(Map<String, Map<String, Map<Currency, ForecastTotals>>> held,
                      Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas) {
        deltas.forEach((key, byOwner) -> {
            cache.remove(key);
            Map<String, Map<Currency, ForecastTotals>> before = held.get(key);
            if (before != null) {
                cache.put(key, java.util.Collections.unmodifiableMap(PeriodSumsPatch.apply(before, byOwner)));
            }
        });
    }

    @Override
    public void forgetPeriods(Collection<String> periodKeys) {
        periodKeys.forEach(cache::remove);
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
    }

    /** Shared by every reader on the node, so nobody may change it. */
    static Map<String, Map<Currency, ForecastTotals>> frozen(Map<String, Map<Currency, ForecastTotals>> byOwner) {
        Map<String, Map<Currency, ForecastTotals>> copy = new LinkedHashMap<>(byOwner.size() * 2);
        byOwner.forEach((owner, sums) -> copy.put(owner, Map.copyOf(sums)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
