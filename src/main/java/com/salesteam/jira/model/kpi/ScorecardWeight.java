package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a role's scorecard: a KPI, its weight in percent (above 0, at most two decimals) and an optional cap
 * on its ratio in percent (e.g. 150: beating the benchmark twice over still counts 150 %), at least 100.
 */
public record ScorecardWeight(String kpiKey, BigDecimal weight, Optional<BigDecimal> cap) {

    /** A cap below the benchmark would stop a line from ever counting in full. */
    public static final BigDecimal MIN_CAP = BigDecimal.valueOf(100);
    public static final BigDecimal MAX_CAP = BigDecimal.valueOf(1000);

    public ScorecardWeight {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(cap, "cap");
        if (!isValidWeight(weight)) {
            throw new IllegalArgumentException("a weight is above 0 and at most 100 with at most 2 decimals: " + weight);
        }
        if (cap.isPresent() && !isValidCap(cap.get())) {
            throw new IllegalArgumentException("a cap is from 100 to 1000 % with at most 2 decimals: " + cap.get());
        }
        weight = weight.setScale(KpiDefinition.SCALE);
        cap = cap.map(value -> value.setScale(KpiDefinition.SCALE));
    }

    public static boolean isValidWeight(BigDecimal weight) {
        return weight.signum() > 0 && weight.compareTo(Scorecard.TOTAL) <= 0 && twoDecimals(weight);
    }

    public static boolean isValidCap(BigDecimal cap) {
        return cap.compareTo(MIN_CAP) >= 0 && cap.compareTo(MAX_CAP) <= 0 && twoDecimals(cap);
    }

    private static boolean twoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= KpiDefinition.SCALE;
    }
}
