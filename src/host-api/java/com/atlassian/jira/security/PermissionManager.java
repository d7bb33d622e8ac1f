package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.security.PermissionManager}; see DESIGN.md. Verified against: docs.atlassian.com/jira/latest PermissionManager.html (7.x), cures-hub/cures-condec-jira MockPermissionManager (8.8.1), Jira 8+ plugin call sites. Int-based methods deliberately omitted. */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
