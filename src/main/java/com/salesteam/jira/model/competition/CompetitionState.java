package com.salesteam.jira.model.competition;

import java.time.LocalDate;
import java.util.Locale;

/** Where a competition stands on a given day (of the fiscal calendar's time zone); the end day still counts. */
public enum CompetitionState {
    UPCOMING,
    RUNNING,
    FINISHED;

    public static CompetitionState on(LocalDate today, LocalDate start, LocalDate endInclusive) {
        if (today.isBefore(start)) {
            return UPCOMING;
        }
        return today.isAfter(endInclusive) ? FINISHED : RUNNING;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
