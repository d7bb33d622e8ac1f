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
 * the period, in percent; a subject is on pace when its attainment is at least that (see
 * {@link #lowerIsBetter} for a cap). On pace is kept as computed, as a line without amounts still shows it.
 */
public record Attainment(long quotaUnits, long closedUnits, long openUnits, long weightedUnits,
                         Optional<BigDecimal> percent, long gapUnits, BigDecimal pacePercent,
                         Optional<BigDecimal> coverage, Optional<BigDecimal> weightedCoverage, boolean onPace,
                         boolean lowerIsBetter) {

    /** The bound of a lower-is-better attainment (a logged 0 reaches it), as the scorecard bounds its ratio. */
    public static final BigDecimal LOWER_IS_BETTER_CEILING = new BigDecimal("1000.0");

    public static Attainment of(long quotaUnits, long closedUnits, long openUnits, long weightedUnits, Period period,
                                LocalDate today) {
        Optional<BigDecimal> percent = quotaUnits <= 0 ? Optional.empty()
                : Optional.of(ratio(closedUnits * 100, quotaUnits, 1));
        long gap = quotaUnits - closedUnits;
        Optional<BigDecimal> coverage = gap <= 0 ? Optional.empty() : Optional.of(ratio(openUnits, gap, 2));
        Optional<BigDecimal> weightedCoverage = gap <= 0 ? Optional.empty() : Optional.of(ratio(weightedUnits, gap, 2));
        BigDecimal pace = pace(period, today);
        return new Attainment(quotaUnits, closedUnits, openUnits, weightedUnits, percent, gap, pace,
                coverage, weightedCoverage, percent.filter(value -> value.compareTo(pace) >= 0).isPresent(), false);
    }

    /** Attainment of a metric that has no pipeline to cover its gap (new pipeline itself): no coverage. */
    public static Attainment withoutCoverage(long quotaUnits, long closedUnits, Period period, LocalDate today) {
        Attainment full = of(quotaUnits, closedUnits, 0, 0, period, today);
        return new Attainment(quotaUnits, closedUnits, 0, 0, full.percent(), full.gapUnits(), full.pacePercent(),
                Optional.empty(), Optional.empty(), full.onPace(), false);
    }

    /**
     * Attainment of a KPI where less is better, the target a cap (as the scorecard inverts it): % = target ÷ actual ×
     * 100, bounded by {@link #LOWER_IS_BETTER_CEILING}, which a logged 0 reaches (100 % when the cap itself is 0);
     * none while nothing is recorded, which is not yet a perfect score. On pace while the actual is within the
     * share of the cap the elapsed period allows: actual × 100 ≤ target × pace %, so 15 of a quarter's cap of 10 at
     * mid-quarter is not on pace whatever its percent. Gap = actual − target: positive over the cap, negative under
     * it; no coverage.
     */
    public static Attainment lowerIsBetter(long quotaUnits, Optional<Long> actualUnits, Period period,
                                           LocalDate today) {
        BigDecimal pace = pace(period, today);
        Optional<BigDecimal> percent = actualUnits.map(actual -> actual == 0
                ? (quotaUnits == 0 ? BigDecimal.valueOf(100_0, 1) : LOWER_IS_BETTER_CEILING)
                : ratio(quotaUnits * 100, actual, 1).min(LOWER_IS_BETTER_CEILING));
        boolean onPace = actualUnits.filter(actual -> BigDecimal.valueOf(actual * 100)
                .compareTo(BigDecimal.valueOf(quotaUnits).multiply(pace)) <= 0).isPresent();
        long actual = actualUnits.orElse(0L);
        return new Attainment(quotaUnits, actual, 0, 0, percent, actual - quotaUnits, pace, Optional.empty(),
                Optional.empty(), onPace, true);
    }

    /** How far along and whether on pace, without how much: quota, actual, open, gap and coverage dropped. */
    public Attainment withoutAmounts() {
        return new Attainment(0, 0, 0, 0, percent, 0, pacePercent, Optional.empty(), Optional.empty(), onPace,
                lowerIsBetter);
    }

    /** The elapsed share of the period on {@code today}, 0 before it starts and 100 once it has ended. */
    public static BigDecimal pace(Period period, LocalDate today) {
        long days = ChronoUnit.DAYS.between(period.start(), period.end());
        long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(period.start(), today.plusDays(1))));
        return ratio(elapsed * 100, days, 1);
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
