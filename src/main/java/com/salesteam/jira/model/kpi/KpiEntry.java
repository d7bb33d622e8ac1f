package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What one person logged for one KPI on one day; logging the day again replaces it ("I made 12 calls today"). */
public record KpiEntry(String kpiKey, String userKey, LocalDate day, BigDecimal value) {

    public KpiEntry {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > KpiDefinition.SCALE) {
            throw new IllegalArgumentException("a KPI value is at least 0 with at most " + KpiDefinition.SCALE + " decimals");
        }
        // one scale, so equal values are equal records and sums stay exact
        value = value.setScale(KpiDefinition.SCALE);
    }
}
