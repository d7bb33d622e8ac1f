package com.salesteam.jira.model.kpi;

import com.salesteam.jira.model.PeriodType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A role's KPI scorecard: which KPIs count and how much. Score = Σ wᵢ × 100 × actualᵢ ÷ benchmarkᵢ (PRODUCT.md),
 * the weights in percent summing to exactly 100 (refused otherwise, never normalised: what the admin typed is what
 * counts), each ratio uncapped unless its line has a cap. No weights at all means the role has no scorecard.
 */
public record Scorecard(KpiRole role, List<ScorecardWeight> weights) {

    public static final BigDecimal TOTAL = BigDecimal.valueOf(100);
    /** Benchmarks are per month; a week is 12/52 of one (a year of 52 weeks is 12 months). */
    private static final BigDecimal WEEK_IN_MONTHS = BigDecimal.valueOf(12).divide(BigDecimal.valueOf(52), 10, RoundingMode.HALF_UP);
    /** Ratios keep six decimals before the points (two decimals) are rounded. */
    private static final int RATIO_SCALE = 6;
    /** What an uncapped lower-is-better line counts at most: benchmark ÷ actual grows without bound as actual nears 0. */
    static final BigDecimal LOWER_IS_BETTER_CEILING = ScorecardWeight.MAX_CAP;

    public Scorecard {
        Objects.requireNonNull(role, "role");
        weights = List.copyOf(weights);
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ScorecardWeight weight : weights) {
            if (!seen.add(weight.kpiKey())) {
                throw new IllegalArgumentException("a KPI counts once in a scorecard: " + weight.kpiKey());
            }
            total = total.add(weight.weight());
        }
        if (!weights.isEmpty() && total.compareTo(TOTAL) != 0) {
            throw new IllegalArgumentException("the weights sum to 100, not " + total);
        }
    }

    /**
     * A scorecard as an admin defines it: besides the rules above, every KPI exists, is in use and has a benchmark
     * above 0 for the role (a ratio against 0 means nothing).
     */
    public static Scorecard define(KpiRole role, List<ScorecardWeight> weights, Map<String, KpiDefinition> kpis) {
        for (ScorecardWeight weight : weights) {
            KpiDefinition kpi = kpis.get(weight.kpiKey());
            if (kpi == null || !kpi.active()) {
                throw new IllegalArgumentException("no KPI in use has the key " + weight.kpiKey());
            }
            if (kpi.benchmark(role).signum() == 0) {
                throw new IllegalArgumentException("the benchmark of " + weight.kpiKey() + " for " + role + " is 0");
            }
        }
        return new Scorecard(role, weights);
    }

    /** The monthly benchmark over a period: × 1, 3 or 12 months, or 12/52 of it for a week (4 decimals). */
    public static BigDecimal benchmarkOver(BigDecimal monthly, PeriodType type) {
        return switch (type) {
            case WEEK -> monthly.multiply(WEEK_IN_MONTHS).setScale(4, RoundingMode.HALF_UP);
            case MONTH -> monthly;
            case QUARTER -> monthly.multiply(BigDecimal.valueOf(3));
            case YEAR -> monthly.multiply(BigDecimal.valueOf(12));
        };
    }

    /**
     * Scores a person of this role over a period of {@code type}. {@code actuals} holds the values of the KPIs
     * that are measured (absent: not measured yet); retired KPIs and those whose benchmark is now 0 do not count.
     */
    public ScorecardScore score(Map<String, KpiDefinition> kpis, Map<String, BigDecimal> actuals, PeriodType type) {
        BigDecimal measured = BigDecimal.ZERO;
        for (ScorecardWeight weight : weights) {
            if (status(weight, kpis, actuals, type) == ScoreLine.Status.SCORED) {
                measured = measured.add(weight.weight());
            }
        }
        List<ScoreLine> lines = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO.setScale(2);
        for (ScorecardWeight weight : weights) {
            KpiDefinition kpi = kpis.get(weight.kpiKey());
            ScoreLine.Status status = status(weight, kpis, actuals, type);
            BigDecimal benchmark = kpi == null ? BigDecimal.ZERO : benchmarkOver(kpi.benchmark(role), type);
            String nameEn = kpi == null ? weight.kpiKey() : kpi.nameEn();
            String nameZh = kpi == null ? weight.kpiKey() : kpi.nameZh();
            if (status != ScoreLine.Status.SCORED) {
                lines.add(new ScoreLine(weight.kpiKey(), nameEn, nameZh, status, weight.weight(), weight.cap(),
                        Optional.ofNullable(actuals.get(weight.kpiKey())), benchmark, Optional.empty(), Optional.empty()));
                continue;
            }
            BigDecimal actual = actuals.get(weight.kpiKey());
            BigDecimal ratio = ratio(actual, benchmark, kpi.direction(), weight.cap());
            // the points of the scored lines add up to 100 when each meets its benchmark
            BigDecimal points = weight.weight().multiply(ratio).multiply(TOTAL)
                    .divide(measured, 2, RoundingMode.HALF_UP);
            score = score.add(points);
            lines.add(new ScoreLine(weight.kpiKey(), nameEn, nameZh, status, weight.weight(), weight.cap(),
                    Optional.of(actual), benchmark,
                    Optional.of(ratio.multiply(TOTAL).setScale(1, RoundingMode.HALF_UP)), Optional.of(points)));
        }
        return new ScorecardScore(role, measured.signum() == 0 ? Optional.empty() : Optional.of(score), measured, lines);
    }

    private ScoreLine.Status status(ScorecardWeight weight, Map<String, KpiDefinition> kpis,
                                    Map<String, BigDecimal> actuals, PeriodType type) {
        KpiDefinition kpi = kpis.get(weight.kpiKey());
        if (kpi == null || !kpi.active() || !actuals.containsKey(weight.kpiKey())) {
            return ScoreLine.Status.NOT_MEASURED;
        }
        return benchmarkOver(kpi.benchmark(role), type).signum() == 0
                ? ScoreLine.Status.NO_BENCHMARK : ScoreLine.Status.SCORED;
    }

    /** actual ÷ benchmark, or benchmark ÷ actual when less is better (actual 0: the cap or the ceiling); capped. */
    private static BigDecimal ratio(BigDecimal actual, BigDecimal benchmark, KpiDirection direction,
                                    Optional<BigDecimal> cap) {
        Optional<BigDecimal> limit = cap.map(percent -> percent.divide(TOTAL, RATIO_SCALE, RoundingMode.HALF_UP));
        BigDecimal ratio;
        if (direction == KpiDirection.HIGHER_IS_BETTER) {
            ratio = actual.divide(benchmark, RATIO_SCALE, RoundingMode.HALF_UP);
        } else {
            BigDecimal ceiling = limit.orElse(LOWER_IS_BETTER_CEILING.divide(TOTAL, RATIO_SCALE, RoundingMode.HALF_UP));
            ratio = actual.signum() == 0 ? ceiling
                    : benchmark.divide(actual, RATIO_SCALE, RoundingMode.HALF_UP).min(ceiling);
        }
        return limit.map(ratio::min).orElse(ratio);
    }
}
