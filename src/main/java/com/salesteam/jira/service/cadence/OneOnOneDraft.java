package com.salesteam.jira.service.cadence;

import java.util.Objects;

/** A 1:1 schedule as a manager or admin typed it, not yet checked: first meeting as yyyy-MM-dd. */
public record OneOnOneDraft(String frequency, String firstMeeting, String projectKey) {
    public OneOnOneDraft {
        frequency = Objects.requireNonNullElse(frequency, "");
        firstMeeting = Objects.requireNonNullElse(firstMeeting, "");
        projectKey = Objects.requireNonNullElse(projectKey, "");
    }
}
