package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.kpi.RepScorecardLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scorecard cache on Jira's cluster cache, like {@link ClusterAttainmentCache}: each node keeps its own values
 * and a removal on one node is sent to all (replication by invalidation). Scorecards are bounded in entries and
 * expire, as logged values of today move them; the rules (definitions and weights) are one entry.
 */
public class ClusterScorecardCache implements ScorecardCache {

    static final String SCORES = ClusterScorecardCache.class.getName() + ".repScorecard";
    static final String RULES = ClusterScorecardCache.class.getName() + ".rules";
    static final int MAX_ENTRIES = 10_000;
    static final long EXPIRY_MINUTES = 10;
    private static final String RULES_KEY = "rules";
    /** ISO dates are ten characters: the key is the day, a separator, then the person's key (which may hold any). */
    private static final int DAY_LENGTH = 10;

    private final Cache<String, RepScorecard> scores;
    private final Cache<String, ScorecardRules> rules;

    public ClusterScorecardCache(CacheManager cacheManager, RepScorecardLoader loader) {
        this.rules = cacheManager.getCache(RULES, key -> loader.rules(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().flushable()
                        .expireAfterWrite(EXPIRY_MINUTES, TimeUnit.MINUTES).maxEntries(1).build());
        this.scores = cacheManager.getCache(SCORES,
                key -> loader.load(key.substring(DAY_LENGTH + 1), LocalDate.parse(key.substring(0, DAY_LENGTH)), rules()),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().flushable()
                        .expireAfterWrite(EXPIRY_MINUTES, TimeUnit.MINUTES).maxEntries(MAX_ENTRIES).build());
    }

    static String key(String userKey, LocalDate day) {
        return day + "|" + userKey;
    }

    @Override
    public RepScorecard get(String userKey, LocalDate day) {
        return scores.get(key(userKey, day));
    }

    @Override
    public ScorecardRules rules() {
        return rules.get(RULES_KEY);
    }

    @Override
    public void forgetPerson(String userKey) {
        for (String key : List.copyOf(scores.getKeys())) {
            if (key.substring(DAY_LENGTH + 1).equals(userKey)) {
                scores.remove(key);
            }
        }
    }

    @Override
    public void forgetAll() {
        rules.removeAll();
        scores.removeAll();
    }
}
