package com.atlassian.jira.entity;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.entity.WithKey}; see DESIGN.md. Verified against: docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/entity/WithKey.html; jira-api Issue.java source (6.x) imports it. */
public interface WithKey {
    String getKey();
}
