package com.salesteam.jira.service.cadence;

import java.util.Objects;

/** A review cycle as a manager or admin typed it, not yet checked. */
public record ReviewCycleDraft(String cadence, Integer dueDay, String projectKey, String assignee) {
    public ReviewCycleDraft {
        cadence = Objects.requireNonNullElse(cadence, "");
        projectKey = Objects.requireNonNullElse(projectKey, "");
        assignee = Objects.requireNonNullElse(assignee, "");
    }
}
