package com.salesteam.jira.model.ranking;

import java.util.Locale;
import java.util.Optional;

/** What a leaderboard ranks by. Money metrics count the default currency only. */
public enum LeaderboardMetric {
    REVENUE_WON(true),
    DEALS_WON(false),
    WEIGHTED_PIPELINE(true),
    /** Revenue won against the rep's revenue-won quota of the same period: fair to new reps with smaller quotas. */
    PERCENT_OF_QUOTA(false),
    /** One KPI's values in the period, chosen by its key; a lower-is-better KPI ranks the lowest first. */
    KPI(false),
    /** The KPI Scorecard score. */
    SCORECARD(false),
    /** The amount of the deals created in the period (PRODUCT.md), whatever became of them, from the day rows. */
    NEW_PIPELINE(true);

    private final boolean money;

    LeaderboardMetric(boolean money) {
        this.money = money;
    }

    public boolean money() {
        return money;
    }

    /** "revenue-won", as in REST. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LeaderboardMetric> fromKey(String key) {
        String normal = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LeaderboardMetric metric : values()) {
            if (metric.name().equals(normal)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
