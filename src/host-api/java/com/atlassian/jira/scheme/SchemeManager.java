package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.scheme.SchemeManager}; see DESIGN.md. Verified against: jira-api SchemeManager.java source (6.x, turgaycelik/mysource), cures-hub/cures-condec-jira MockWorkflowSchemeManager (@Override, jira-api 8.8.1). Unchecked DataAccessException omitted from throws. */
public interface SchemeManager {
    Scheme getSchemeObject(Long id);

    void addSchemeToProject(Project project, Scheme scheme);

    void removeSchemesFromProject(Project project);

}
