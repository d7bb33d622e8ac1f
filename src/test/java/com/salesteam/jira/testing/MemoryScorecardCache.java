package com.salesteam.jira.testing;

import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.kpi.RepScorecardLoader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The scorecard cache of one node, for tests and the sandbox: maps that forget as the cluster cache does. */
public final class MemoryScorecardCache implements ScorecardCache {

    private final Supplier<ScorecardRules> rulesLoader;
    private final Loader loader;
    private final Map<Map.Entry<String, LocalDate>, RepScorecard> values = new HashMap<>();
    private ScorecardRules rules;

    /** Computes a person's scorecard with the rules the cache holds. */
    @FunctionalInterface
    public interface Loader {
        RepScorecard load(String userKey, LocalDate day, ScorecardRules rules);
    }

    public MemoryScorecardCache(Supplier<ScorecardRules> rulesLoader, Loader loader) {
        this.rulesLoader = rulesLoader;
        this.loader = loader;
    }

    /** Over the real loader, as in Jira. */
    public static MemoryScorecardCache over(RepScorecardLoader loader) {
        return new MemoryScorecardCache(loader::rules, loader::load);
    }

    /** A cache without weights for anyone: for tests that only watch what is forgotten. */
    public static MemoryScorecardCache empty() {
        return new MemoryScorecardCache(() -> new ScorecardRules(Map.of(), Map.of()), (user, day, rules) ->
                new RepScorecard(user, "", new ScorecardScore(KpiRole.REP, Optional.empty(), BigDecimal.ZERO, List.of()),
                        Set.of(user)));
    }

    @Override
    public synchronized RepScorecard get(String userKey, LocalDate day) {
        ScorecardRules current = rules();
        return values.computeIfAbsent(Map.entry(userKey, day), key -> loader.load(key.getKey(), key.getValue(), current));
    }

    @Override
    public synchronized ScorecardRules rules() {
        rules = Optional.ofNullable(rules).orElseGet(rulesLoader);
        return rules;
    }

    @Override
    public synchronized void forgetPerson(String userKey) {
        values.keySet().removeIf(key -> key.getKey().equals(userKey));
    }

    @Override
    public synchronized void forgetScores() {
        values.clear();
    }

    @Override
    public synchronized void forgetAll() {
        values.clear();
        rules = null;
    }

    /** True when a scorecard of this person is kept. */
    public synchronized boolean holds(String userKey) {
        return values.keySet().stream().anyMatch(key -> key.getKey().equals(userKey));
    }

    /** True when the rules are kept. */
    public synchronized boolean holdsRules() {
        return rules != null;
    }
}
