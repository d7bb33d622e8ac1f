package com.atlassian.jira;

import com.atlassian.jira.issue.Issue;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.JiraDataTypes}; see DESIGN.md. Verified against: jira-api JiraDataTypes.java source (code corpus: public final class, ISSUE = new JiraDataTypeImpl(Issue.class)). Only ISSUE mirrored. */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataTypeImpl(Issue.class);

    private JiraDataTypes() {
    }
}
