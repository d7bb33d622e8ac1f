package com.salesteam.jira.model.cadence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A 1:1 Meeting issue as the issue listener reads it: its rep (the Sales Rep field; empty when not set), when it
 * was held (its resolution date; empty while open or after Reopen) and its action items text.
 */
public record MeetingIssue(long issueId, String issueKey, Optional<String> repKey, Optional<Instant> heldAt,
                           String actionItems) {

    public MeetingIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(actionItems, "actionItems");
    }
}
