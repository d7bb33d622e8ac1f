package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard's breakdown line for one KPI: its actual value and the benchmark of the period, the ratio (capped,
 * inverted for lower-is-better KPIs) in percent, the weight and the points it adds to the score. A line that is not
 * scored has no actual, ratio or points.
 */
public record ScoreLine(String kpiKey, String nameEn, String nameZh, Status status, BigDecimal weight,
                        Optional<BigDecimal> cap, Optional<BigDecimal> actual, BigDecimal benchmark,
                        Optional<BigDecimal> ratioPercent, Optional<BigDecimal> points) {

    /** Why a line counts or not. */
    public enum Status {
        SCORED,
        /** The KPI's values are not collected yet (JQL counts, coaching actions, new pipeline) or it is retired. */
        NOT_MEASURED,
        /** The KPI's benchmark for the role is 0 now: there is nothing to measure against. */
        NO_BENCHMARK
    }

    public ScoreLine {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(ratioPercent, "ratioPercent");
        Objects.requireNonNull(points, "points");
    }

    public boolean scored() {
        return status == Status.SCORED;
    }

    /** The name in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String name(Locale locale) {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? nameZh : nameEn;
    }
}
