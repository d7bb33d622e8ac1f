package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far a subject is toward its quota, in the quota's units (minor units of money, or a count). PRODUCT.md:
 * attainment % = closed ÷ quota × 100; gap = quota − closed (negative once exceeded); coverage = open (or weighted)
 * pipeline in the period ÷ gap, while there is a gap. Pace is the attainment expected by now: the elapsed share of
 * the period, in percent; a subject is on pace when its attainment is at least that.
 */
public record Attainment(long quotaUnits, long closedUnits, long openUnits, long weightedUnits,
                         Optional<BigDecimal> percent, long gapUnits, BigDecimal pacePercent,
                         Optional<BigDecimal> coverage, Optional<BigDecimal> weightedCoverage) {

    public static Attainment of(long quotaUnits, long closedUnits, long openUnits, long weightedUnits, Period period,
                                LocalDate today) {
        Optional<BigDecimal> percent = quotaUnits <= 0 ? Optional.empty()
                : Optional.of(ratio(closedUnits * 100, quotaUnits, 1));
        long gap = quotaUnits - closedUnits;
        Optional<BigDecimal> coverage = gap <= 0 ? Optional.empty() : Optional.of(ratio(openUnits, gap, 2));
        Optional<BigDecimal> weightedCoverage = gap <= 0 ? Optional.empty() : Optional.of(ratio(weightedUnits, gap, 2));
        return new Attainment(quotaUnits, closedUnits, openUnits, weightedUnits, percent, gap, pace(period, today),
                coverage, weightedCoverage);
    }

    /** Attainment of a metric that has no pipeline to cover its gap (new pipeline itself): no coverage. */
    public static Attainment withoutCoverage(long quotaUnits, long closedUnits, Period period, LocalDate today) {
        Attainment full = of(quotaUnits, closedUnits, 0, 0, period, today);
        return new Attainment(quotaUnits, closedUnits, 0, 0, full.percent(), full.gapUnits(), full.pacePercent(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Attainment of a KPI where less is better (as the scorecard inverts it): % = target ÷ actual × 100, none while
     * nothing is recorded (0 would be a perfect score for a period not yet measured); gap = actual − target, so it
     * is still the way left to go, negative once beaten; no coverage.
     */
    public static Attainment lowerIsBetter(long quotaUnits, long actualUnits, Period period, LocalDate today) {
        Optional<BigDecimal> percent = actualUnits <= 0 ? Optional.empty()
                : Optional.of(ratio(quotaUnits * 100, actualUnits, 1));
        return new Attainment(quotaUnits, actualUnits, 0, 0, percent, actualUnits - quotaUnits, pace(period, today),
                Optional.empty(), Optional.empty());
    }

    /** The elapsed share of the period on {@code today}, 0 before it starts and 100 once it has ended. */
    public static BigDecimal pace(Period period, LocalDate today) {
        long days = ChronoUnit.DAYS.between(period.start(), period.end());
        long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(period.start(), today.plusDays(1))));
        return ratio(elapsed * 100, days, 1);
    }

    public boolean onPace() {
        return percent.filter(value -> value.compareTo(pacePercent) >= 0).isPresent();
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
