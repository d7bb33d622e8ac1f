package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A review the cycle owes: for whom, in which team and period, assigned to whom and due when. {@code overdueAt} is
 * the instant the due day ends in the fiscal calendar's zone, so readers tell overdue from due without the calendar.
 */
public record DueReview(ReviewKey key, Period period, LocalDate dueDate, Instant overdueAt, String managerKey,
                        String assigneeKey, String projectKey) {
    public DueReview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(overdueAt, "overdueAt");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(assigneeKey, "assigneeKey");
        Objects.requireNonNull(projectKey, "projectKey");
    }
}
