package com.atlassian.jira;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.JiraDataType}; see DESIGN.md. Verified against: jira-api JiraDataType.java source (code corpus). matches(...) omitted. */
public interface JiraDataType {
    Collection<String> asStrings();
}
