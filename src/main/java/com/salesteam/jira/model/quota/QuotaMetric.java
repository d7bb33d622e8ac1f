package com.salesteam.jira.model.quota;

import java.util.Locale;
import java.util.Optional;

/** What a quota counts. Money metrics carry a currency; counts do not. KPI metrics come with the KPI definitions. */
public enum QuotaMetric {
    /** Closed-won amount credited in the period. */
    REVENUE_WON(true),
    /** Deals closed won in the period. */
    DEALS_WON(false),
    /** Amount of pipeline created in the period. */
    NEW_PIPELINE(true);

    private final boolean money;

    QuotaMetric(boolean money) {
        this.money = money;
    }

    public boolean money() {
        return money;
    }

    /** "revenue-won", as in REST and CSV. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<QuotaMetric> fromKey(String key) {
        String normal = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (QuotaMetric metric : values()) {
            if (metric.name().equals(normal)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
