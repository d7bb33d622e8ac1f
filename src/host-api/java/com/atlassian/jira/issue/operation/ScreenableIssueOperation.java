package com.atlassian.jira.issue.operation;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.operation.ScreenableIssueOperation}; see DESIGN.md. Verified against: jira-api ScreenableIssueOperation.java source (6.x, turgaycelik/mysource, @PublicApi: Long getId()). Supertype IssueOperation omitted. */
public interface ScreenableIssueOperation {
    Long getId();
}
