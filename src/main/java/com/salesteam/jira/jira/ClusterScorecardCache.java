package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.kpi.RepScorecardLoader;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The scorecard cache on Jira's cluster cache, like {@link ClusterAttainmentCache}: one entry per person, so removing
 * a person on one node removes that key on every node (replication by invalidation; a node only sends the keys it is
 * told). The entry holds that person's scorecards by day, computed on this node as asked. Entries are bounded and
 * expire, as logged values of today move them; the rules (definitions and weights) are one entry.
 */
public class ClusterScorecardCache implements ScorecardCache {

    static final String SCORES = ClusterScorecardCache.class.getName() + ".repScorecard";
    static final String RULES = ClusterScorecardCache.class.getName() + ".rules";
    static final int MAX_ENTRIES = 10_000;
    static final long EXPIRY_MINUTES = 10;
    private static final String RULES_KEY = "rules";
    private final Cache<String, PersonScores> scores;
    private final Cache<String, ScorecardRules> rules;

    public ClusterScorecardCache(CacheManager cacheManager, RepScorecardLoader loader) {
        this.rules = cacheManager.getCache(RULES, key -> loader.rules(),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, 1));
        this.scores = cacheManager.getCache(SCORES,
                userKey -> new PersonScores(loader.calendar(), day -> loader.load(userKey, day, rules())),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    @Override
    public RepScorecard get(String userKey, LocalDate day) {
        return scores.get(userKey).on(day);
    }

    @Override
    public ScorecardRules rules() {
        return rules.get(RULES_KEY);
    }

    @Override
    public void forgetPerson(String userKey) {
        scores.remove(userKey);
    }

    @Override
    public void forgetScores() {
        scores.removeAll();
    }

    @Override
    public void forgetAll() {
        rules.removeAll();
        scores.removeAll();
    }

    /**
     * One person's scorecards by quarter (every day of a quarter has the same one, so a list of deals costs one load
     * per quarter): derived from the store only, and dropped with the entry on every node.
     */
    static final class PersonScores {
        private final FiscalCalendar calendar;
        private final Function<LocalDate, RepScorecard> load;
        private final Map<String, RepScorecard> byQuarter = new ConcurrentHashMap<>();

        PersonScores(FiscalCalendar calendar, Function<LocalDate, RepScorecard> load) {
            this.calendar = calendar;
            this.load = load;
        }

        RepScorecard on(LocalDate day) {
            return byQuarter.computeIfAbsent(calendar.periodContaining(PeriodType.QUARTER, day).key(),
                    quarter -> load.apply(day));
        }
    }
}
