package com.salesteam.jira.model.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A review the cycle created (or claimed): its key, due day, the instant it becomes overdue (the due day's end in
 * the fiscal calendar's zone), its issue and whether it is signed off.
 */
public record ScheduledReview(ReviewKey key, LocalDate dueDate, Instant overdueAt, long issueId, String issueKey,
                              boolean done) {
    public ScheduledReview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(overdueAt, "overdueAt");
        Objects.requireNonNull(issueKey, "issueKey");
    }

    /** Open and past the end of its due day at {@code now}. */
    public boolean overdue(Instant now) {
        return !done && !now.isBefore(overdueAt);
    }

    /** Open and its due day not yet over. */
    public boolean due(Instant now) {
        return !done && now.isBefore(overdueAt);
    }
}
