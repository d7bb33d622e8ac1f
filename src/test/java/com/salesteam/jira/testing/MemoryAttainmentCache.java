package com.salesteam.jira.testing;

import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.RepAttainment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The attainment cache of one node, for tests and the sandbox: a map that forgets as the cluster cache does. */
public final class MemoryAttainmentCache implements AttainmentCache {

    /** Loads a rep's attainment of a metric in one named period (a Sales Goal's). */
    public interface PeriodLoader {
        RepAttainment load(String repKey, String periodKey, QuotaMetric metric);
    }

    private final BiFunction<String, LocalDate, RepAttainment> loader;
    private final PeriodLoader periodLoader;
    /** Keyed by the rep and what was asked: a day, or the period and metric. */
    private final Map<Map.Entry<String, Object>, RepAttainment> values = new HashMap<>();

    public MemoryAttainmentCache(BiFunction<String, LocalDate, RepAttainment> loader, PeriodLoader periodLoader) {
        this.loader = loader;
        this.periodLoader = periodLoader;
    }

    /** For tests of deals only: goal periods find no quota. */
    public MemoryAttainmentCache(BiFunction<String, LocalDate, RepAttainment> loader) {
        this(loader, (rep, period, metric) -> none(rep, period));
    }

    /** A cache whose loader finds no quota for anyone: for tests that only watch what is forgotten. */
    public static MemoryAttainmentCache empty() {
        return new MemoryAttainmentCache((rep, day) -> none(rep, ""));
    }

    private static RepAttainment none(String rep, String periodKey) {
        return new RepAttainment(rep, periodKey, Optional.empty(), Optional.empty(), Set.of(rep));
    }

    @Override
    public synchronized RepAttainment get(String repKey, LocalDate day) {
        return values.computeIfAbsent(Map.entry(repKey, day), key -> loader.apply(repKey, day));
    }

    @Override
    public synchronized RepAttainment get(String repKey, String periodKey, QuotaMetric metric) {
        return values.computeIfAbsent(Map.entry(repKey, periodKey + "/" + metric.key()),
                key -> periodLoader.load(repKey, periodKey, metric));
    }

    @Override
    public synchronized void forgetRep(String repKey) {
        values.keySet().removeIf(key -> key.getKey().equals(repKey));
    }

    @Override
    public synchronized void forgetAll() {
        values.clear();
    }

    public synchronized boolean holds(String repKey) {
        return values.keySet().stream().anyMatch(key -> key.getKey().equals(repKey));
    }
}
