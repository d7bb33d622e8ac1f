package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.permission.ProjectPermissions}; see DESIGN.md. Verified against: jira-api ProjectPermissions.java source (code corpus) and docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (7.x). */
public class ProjectPermissions {
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey TRANSITION_ISSUES = new ProjectPermissionKey("TRANSITION_ISSUES");
}
