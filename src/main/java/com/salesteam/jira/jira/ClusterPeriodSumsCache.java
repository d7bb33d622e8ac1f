package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.PeriodSumsPatch;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * just after its removal keeps those sums until the entry expires (at most ten minutes after that read, however
 * often the node patches them: each entry carries the instant it was read). An entry holds every
 * rep of the company (a few megabytes at 10,000 reps), hence few entries: the boards and attainments asked for are
 * those of the current and previous periods.
 */
public class ClusterPeriodSumsCache implements PeriodSumsCache {

    static final String NAME = ClusterPeriodSumsCache.class.getName() + ".periodSums";
    static final int MAX_ENTRIES = 24;
    static final long EXPIRY_MINUTES = 10;

    private static final Duration EXPIRY = Duration.ofMinutes(EXPIRY_MINUTES);

    private final Cache<String, Held> cache;
    private final DealLedger ledger;
    private final Clock clock;

    public ClusterPeriodSumsCache(CacheManager cacheManager, DealLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        this.cache = cacheManager.getCache(NAME, key -> new Held(clock.instant(), frozen(ledger.periodTotalsOfEveryone(key))),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    /**
     * The cache's own expiry counts from the last put, which a patch renews; what counts is the read, so an entry
     * read longer ago than the expiry is treated as missing.
     */
    private boolean fresh(Held held) {
        return held.loadedAt().plus(EXPIRY).isAfter(clock.instant());
    }

    /** This node's entry for the key if it was read less than the expiry ago. */
    private Held freshOrNull(String key) {
        if (!cache.containsKey(key)) {
            return null;
        }
        Held held = cache.get(key);
        return fresh(held) ? held : null;
    }

    @Override
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod(Collection<String> periodKeys) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            Held held = freshOrNull(key);
            if (held != null) {
                found.put(key, held.sums());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Instant readAt = clock.instant();
            Map<String, Map<String, Map<Currency, ForecastTotals>>> read = ledger.periodTotalsOfEveryone(missing);
            for (String key : missing) {
                Map<String, Map<Currency, ForecastTotals>> sums = frozen(read.getOrDefault(key, Map.of()));
                cache.put(key, new Held(readAt, sums));
                found.put(key, sums);
            }
        }
        return found;
    }

    @Override
    public Map<String, Held> held(Collection<String> periodKeys) {
        Map<String, Held> held = new HashMap<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            // an entry expiring just now is loaded before the change is written: still what the deltas apply to
            Held entry = freshOrNull(key);
            if (entry != null) {
                held.put(key, entry);
            }
        }
        return held;
    }

    /**
     * The removal reaches every node; the put that follows then stores this node's patched sums (and, replicated by
     * invalidation, only removes the key again elsewhere). A reader of this node that read the rows before the change
     * and stores them after the put is the one race every cache here has; the patched entry keeps the instant of
     * its read, so such sums expire then and are not renewed by the patches.
     */
    @Override
    public void patch(Map<String, Held> held, Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas) {
        deltas.forEach((key, byOwner) -> {
            cache.remove(key);
            Held before = held.get(key);
            if (before != null && fresh(before)) {
                cache.put(key, new Held(before.loadedAt(),
                        java.util.Collections.unmodifiableMap(PeriodSumsPatch.apply(before.sums(), byOwner))));
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
