package com.salesteam.jira.model.quota;

import java.util.Locale;
import java.util.Optional;

/** The deal metrics a quota counts. Money metrics carry a currency; counts do not. KPIs are {@link QuotaMeasure.Kpi}. */
public enum QuotaMetric implements QuotaMeasure {
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

    @Override
    public boolean money() {
        return money;
    }

    @Override
    public String storedName() {
        return name();
    }

    /** "revenue-won", as in REST and CSV. */
    @Override
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
