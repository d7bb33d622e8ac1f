package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Period;

import java.time.LocalDate;
import java.util.Objects;

/** A review the cycle owes: for whom, in which team and period, assigned to whom and due when. */
public record DueReview(ReviewKey key, Period period, LocalDate dueDate, String managerKey, String assigneeKey,
                        String projectKey) {
    public DueReview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(assigneeKey, "assigneeKey");
        Objects.requireNonNull(projectKey, "projectKey");
    }
}
