package com.atlassian.jira.issue;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.IssueConstant}; see DESIGN.md. Verified against: docs.atlassian.com/jira/4.4.4 IssueConstant.html and jira/7.0.8 MockIssueConstant.html (getId/getName return String). Supertypes (Comparable, NamedWithDescription) omitted. */
public interface IssueConstant {
    String getId();

    String getName();
}
