package com.salesteam.jira.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A manager's own call on a team's forecast for a period ("we will land 1.2 M in Commit"), kept beside the
 * roll-up from the deals, never instead of it. Every call is kept with who made it and when; the latest per
 * category is the current one.
 */
public record ForecastAdjustment(long teamId, String periodKey, ForecastCategory category, Money amount, String note,
                                 String authorKey, Instant madeAt) {

    public static final int MAX_NOTE_LENGTH = 255;

    public ForecastAdjustment {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(madeAt, "madeAt");
        if (!adjustable(category)) {
            throw new IllegalArgumentException("only Commit and Best Case are called by managers: " + category);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a forecast call cannot be negative");
        }
    }

    /** The categories a manager calls: what they commit to and what they might land at best. */
    public static boolean adjustable(ForecastCategory category) {
        return category == ForecastCategory.COMMIT || category == ForecastCategory.BEST_CASE;
    }
}
