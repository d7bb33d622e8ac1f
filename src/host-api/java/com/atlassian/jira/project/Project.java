package com.atlassian.jira.project;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.project.Project}; see DESIGN.md. Verified against: blackducksoftware/blackduck-jira ProjectManagerMock/IssueMock (getId/getName, 7.x), DAC javadoc WithKey subinterfaces (Project), Jira 8+ plugin call sites (getKey). */
public interface Project extends WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getName();
}
