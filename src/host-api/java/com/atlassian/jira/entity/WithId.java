package com.atlassian.jira.entity;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.entity.WithId}; see DESIGN.md. Verified against: docs.atlassian.com/jira/server/com/atlassian/jira/entity/WithId.html (7.x javadoc). */
public interface WithId {
    Long getId();
}
