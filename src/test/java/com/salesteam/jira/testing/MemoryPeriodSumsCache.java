package com.salesteam.jira.testing;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.PeriodSumsPatch;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The period sums cache of one node, for tests and the sandbox: a map over the ledger that forgets as the cluster cache does. */
public final class MemoryPeriodSumsCache implements PeriodSumsCache {

    private final DealLedger ledger;
    private final boolean keep;
    private final Map<String, Map<String, Map<Currency, ForecastTotals>>> values = new HashMap<>();

    public MemoryPeriodSumsCache(DealLedger ledger) {
        this(ledger, true);
    }

    private MemoryPeriodSumsCache(DealLedger ledger, boolean keep) {
        this.ledger = ledger;
        this.keep = keep;
    }

    /** Reads every period afresh on every call: the uncached path that cached figures are checked against. */
    public static MemoryPeriodSumsCache keepingNothing(DealLedger ledger) {
        return new MemoryPeriodSumsCache(ledger, false);
    }

    @Override
    public synchronized Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod(Collection<String> periodKeys) {
        if (!keep) {
            values.clear();
        }
        Map<String, Map<String, Map<Currency, ForecastTotals>>> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            if (values.containsKey(key)) {
                found.put(key, values.get(key));
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, Map<Currency, ForecastTotals>>> read = ledger.periodTotalsOfEveryone(missing);
            for (String key : missing) {
                Map<String, Map<Currency, ForecastTotals>> sums = java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(read.getOrDefault(key, Map.of())));
                values.put(key, sums);
                found.put(key, sums);
            }
        }
        return found;
    }

    @Override
    public synchronized Map<String, Held> held(Collection<String> periodKeys) {
        // nothing here expires, so when a period was read does not matter
        Map<String, Held> held = new HashMap<>();
        periodKeys.forEach(key -> {
            if (values.containsKey(key)) {
                held.put(key, new Held(Instant.EPOCH, values.get(key)));
            }
        });
        return held;
    }

    @Override
    public synchronized void patch(Map<String, Held> held,
                                   Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas) {
        deltas.forEach((key, byOwner) -> {
            values.remove(key);
            Held before = held.get(key);
            if (keep && before != null) {
                values.put(key, java.util.Collections.unmodifiableMap(PeriodSumsPatch.apply(before.sums(), byOwner)));
            }
        });
    }

    @Override
    public synchronized void forgetPeriods(Collection<String> periodKeys) {
        periodKeys.forEach(values::remove);
    }

    @Override
    public synchronized void forgetAll() {
        values.clear();
    }

    public synchronized boolean holds(String periodKey) {
        return values.containsKey(periodKey);
    }
}
