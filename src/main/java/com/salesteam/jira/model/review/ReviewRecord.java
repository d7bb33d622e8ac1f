package com.salesteam.jira.model.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app keeps of a Performance Review issue for overviews: whose review, of which period, its status name,
 * whether it is signed off and its due day. Due (or overdue) is judged against the due day while not signed off.
 */
public record ReviewRecord(long issueId, String issueKey, Optional<String> revieweeKey, String periodKey,
                           String status, boolean signedOff, Optional<LocalDate> due) {

    public ReviewRecord {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(revieweeKey, "revieweeKey");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
    }

    /** Not signed off and past its due day on {@code today}. */
    public boolean overdue(LocalDate today) {
        return !signedOff && due.filter(day -> day.isBefore(today)).isPresent();
    }
}
