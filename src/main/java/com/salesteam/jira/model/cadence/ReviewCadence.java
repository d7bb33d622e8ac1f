package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.PeriodType;

import java.util.Locale;
import java.util.Optional;

/** How often a team's reps are reviewed: once per fiscal month or once per fiscal quarter. */
public enum ReviewCadence {
    MONTHLY(PeriodType.MONTH), QUARTERLY(PeriodType.QUARTER);

    private final PeriodType periodType;

    ReviewCadence(PeriodType periodType) {
        this.periodType = periodType;
    }

    public PeriodType periodType() {
        return periodType;
    }

    /** The lower-case name used in JSON: monthly, quarterly. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewCadence> fromKey(String key) {
        for (ReviewCadence cadence : values()) {
            if (cadence.key().equals(key)) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }
}
