package com.salesteam.jira.model.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How well a rep's commit came true: forecast accuracy % = closed-won amount in the period ÷ the rep's Commit
 * (cumulative: Commit + Closed) as it stood at the start of the period × 100, one decimal. 100 is a commit met
 * exactly; above 100 the rep under-called, below it over-called. Not available when there was no commit at the
 * start (nothing to compare with) or when no figure as of the start is kept; {@code reasonKey} then says which.
 */
public record ForecastAccuracy(Optional<BigDecimal> percent, String reasonKey) {

    /** No commit as of the period start is kept for a single rep (only a team's can be rebuilt, on request). */
    public static final String NOT_KEPT = "salesteam.review.accuracy.notkept";
    /** The rep had nothing in Commit at the start of the period. */
    public static final String NO_COMMIT = "salesteam.review.accuracy.nocommit";

    public ForecastAccuracy {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(reasonKey, "reasonKey");
        if (percent.isPresent() != reasonKey.isEmpty()) {
            throw new IllegalArgumentException("an accuracy has either a value or the reason it has none");
        }
    }

    public static ForecastAccuracy of(long wonUnits, long commitAtStartUnits) {
        if (commitAtStartUnits <= 0) {
            return notAvailable(NO_COMMIT);
        }
        return new ForecastAccuracy(Optional.of(BigDecimal.valueOf(wonUnits * 100)
                .divide(BigDecimal.valueOf(commitAtStartUnits), 1, RoundingMode.HALF_UP)), "");
    }

    public static ForecastAccuracy notAvailable(String reasonKey) {
        return new ForecastAccuracy(Optional.empty(), reasonKey);
    }
}
