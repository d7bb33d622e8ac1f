package com.salesteam.jira.model.automation;

import java.util.Objects;

/** One deal in a digest: its issue key, its owner's name and what the automation found (stale, slipped). */
public record DigestLine(String issueKey, String ownerName, ActionKind kind, String detail) {

    public DigestLine {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
