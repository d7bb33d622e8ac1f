package com.atlassian.jira.project;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.project.ProjectManager}; see DESIGN.md. Verified against: jira-api ProjectManager.java source (code corpus), blackducksoftware/blackduck-jira ProjectManagerMock (7.x/8.x). DataAccessException (unchecked) omitted from throws. */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
