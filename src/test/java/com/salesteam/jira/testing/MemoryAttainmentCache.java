package com.salesteam.jira.testing;

import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.RepAttainment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The attainment cache of one node, for tests and the sandbox: per rep, forgotten per rep as the cluster cache is. */
public final class MemoryAttainmentCache implements AttainmentCache {

    private final BiFunction<String, LocalDate, RepAttainment> loader;
    private final Map<String, Map<LocalDate, RepAttainment>> values = new HashMap<>();

    public MemoryAttainmentCache(BiFunction<String, LocalDate, RepAttainment> loader) {
        this.loader = loader;
    }

    /** A cache whose loader finds no quota for anyone: for tests that only watch what is forgotten. */
    public static MemoryAttainmentCache empty() {
        return new MemoryAttainmentCache((rep, day) -> new RepAttainment(rep, "", Optional.empty(), Optional.empty(),
                Set.of(rep)));
    }

    @Override
    public synchronized RepAttainment get(String repKey, LocalDate day) {
        return values.computeIfAbsent(repKey, key -> new HashMap<>())
                .computeIfAbsent(day, missing -> loader.apply(repKey, day));
    }

    @Override
    public synchronized void forgetRep(String repKey) {
        values.remove(repKey);
    }

    @Override
    public synchronized void forgetAll() {
        values.clear();
    }

    public synchronized boolean holds(String repKey) {
        return values.containsKey(repKey);
    }
}
