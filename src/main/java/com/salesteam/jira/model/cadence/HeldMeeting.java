package com.salesteam.jira.model.cadence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A 1:1 meeting that was held: its issue, when, and the action items written on it (one per line). */
public record HeldMeeting(String repKey, String issueKey, Instant heldAt, String actionItems) {

    public HeldMeeting {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(actionItems, "actionItems");
    }

    public List<String> items() {
        return MeetingAgenda.actionItems(actionItems);
    }
}
