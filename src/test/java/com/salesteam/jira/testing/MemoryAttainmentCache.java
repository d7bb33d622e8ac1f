package com.salesteam.jira.testing;

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

    private final BiFunction<String, LocalDate, RepAttainment> loader;
    private final Map<Map.Entry<String, LocalDate>, RepAttainment> values = new HashMap<>();

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
        return values.computeIfAbsent(Map.entry(repKey, day), key -> loader.apply(key.getKey(), key.getValue()));
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
