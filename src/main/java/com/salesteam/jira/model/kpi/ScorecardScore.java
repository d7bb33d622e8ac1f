package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's scorecard over a period: the score (the sum of the lines' points; 100 means every benchmark met) and
 * the breakdown. {@code measuredWeight} is the share of the weights whose KPIs are scored; when it is below 100 the
 * points are spread over the scored lines alone, so that meeting their benchmarks still gives 100. No score when
 * no line is scored.
 */
public record ScorecardScore(KpiRole role, Optional<BigDecimal> score, BigDecimal measuredWeight,
                             List<ScoreLine> lines) {

    public ScorecardScore {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(measuredWeight, "measuredWeight");
        lines = List.copyOf(lines);
    }
}
