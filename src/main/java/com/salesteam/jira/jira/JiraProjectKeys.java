package com.salesteam.jira.jira;

import com.atlassian.jira.project.ProjectManager;
import com.salesteam.jira.service.ProjectKeys;

/** Project keys as Jira's project manager knows them (it answers from its own cache). */
public class JiraProjectKeys implements ProjectKeys {

    private final ProjectManager projectManager;

    public JiraProjectKeys(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    @Override
    public boolean exists(String key) {
        return projectManager.getProjectObjByKey(key) != null;
    }
}
