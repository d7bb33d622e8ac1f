package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Objects;

/** A review the cycle created (or claimed): its key, due date, issue and whether it is signed off. */
public record ScheduledReview(ReviewKey key, LocalDate dueDate, long issueId, String issueKey, boolean done) {
    public ScheduledReview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(issueKey, "issueKey");
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }

    /** Open and not yet past its due date. */
    public boolean due(LocalDate today) {
        return !done && !dueDate.isBefore(today);
    }
}
