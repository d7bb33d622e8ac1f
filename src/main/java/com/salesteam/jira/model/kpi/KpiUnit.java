package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What a KPI's values measure. Each unit bounds one day's logged value, so a typo cannot swamp a period's sum. */
public enum KpiUnit {
    COUNT(new BigDecimal("10000")),
    MONEY(new BigDecimal("1000000000")),
    PERCENT(new BigDecimal("100")),
    HOURS(new BigDecimal("24"));

    private final BigDecimal maxPerDay;

    KpiUnit(BigDecimal maxPerDay) {
        this.maxPerDay = maxPerDay;
    }

    /** The largest value one person may log for one day. */
    public BigDecimal maxPerDay() {
        return maxPerDay;
    }

    /** "count", as in REST. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KpiUnit> fromKey(String key) {
        for (KpiUnit unit : values()) {
            if (unit.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
