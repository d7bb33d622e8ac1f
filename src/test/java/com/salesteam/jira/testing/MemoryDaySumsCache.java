package com.salesteam.jira.testing;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.store.DealLedger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The day sums cache of one node, for tests and the sandbox: a map over the ledger that forgets as the cluster cache does. */
public final class MemoryDaySumsCache implements DaySumsCache {

    private final DealLedger ledger;
    private final Map<String, Map<String, DealSums>> values = new HashMap<>();

    public MemoryDaySumsCache(DealLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public synchronized Map<DateRange, Map<String, DealSums>> byRange(Collection<DateRange> ranges) {
        Map<DateRange, Map<String, DealSums>> found = new LinkedHashMap<>();
        List<DateRange> missing = new ArrayList<>();
        for (DateRange range : new LinkedHashSet<>(ranges)) {
            if (values.containsKey(range.key())) {
                found.put(range, values.get(range.key()));
            } else {
                missing.add(range);
            }
        }
        if (!missing.isEmpty()) {
            Map<DateRange, Map<String, DealSums>> read = ledger.spanSumsOfEveryone(missing);
            for (DateRange range : missing) {
                Map<String, DealSums> sums = java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(read.getOrDefault(range, Map.of())));
                values.put(range.key(), sums);
                found.put(range, sums);
            }
        }
        return found;
    }

    @Override
    public synchronized void forgetRanges(Collection<String> rangeKeys) {
        rangeKeys.forEach(values::remove);
    }

    @Override
    public synchronized void forgetAll() {
        values.clear();
    }

    public synchronized boolean holds(String rangeKey) {
        return values.containsKey(rangeKey);
    }
}
