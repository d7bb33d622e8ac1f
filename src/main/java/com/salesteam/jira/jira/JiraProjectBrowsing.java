package com.salesteam.jira.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.service.ProjectBrowsing;

import java.util.HashSet;
import java.util.Set;

/** Browse Projects as Jira's permission manager answers it (its own cache makes this cheap per request). */
public class JiraProjectBrowsing implements ProjectBrowsing {

    private final PermissionManager permissionManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;

    public JiraProjectBrowsing(PermissionManager permissionManager, ProjectManager projectManager,
                               UserManager userManager) {
        this.permissionManager = permissionManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
    }

    @Override
    public Set<Long> projectsHiddenFrom(String userKey) {
        Set<Long> hidden = new HashSet<>();
        for (Project project : projectManager.getProjectObjects()) {
            hidden.add(project.getId());
        }
        ApplicationUser user = userManager.getUserByKey(userKey);
        if (user != null && user.isActive()) {
            for (Project project : permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)) {
                hidden.remove(project.getId());
            }
        }
        return hidden;
    }
}
