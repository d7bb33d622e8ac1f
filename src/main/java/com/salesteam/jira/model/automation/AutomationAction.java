package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.util.Objects;

/** One thing an automation run did to one issue: the audit list's line. {@code detail} names e.g. the created sub-task. */
public record AutomationAction(long runId, long issueId, String issueKey, ActionKind kind, String detail, Instant at) {

    public AutomationAction {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
