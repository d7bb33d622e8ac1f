package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.security.GlobalPermissionManager}; see DESIGN.md. Verified against: jira-api GlobalPermissionManager.java source (code corpus, since 6.2.5). */
public interface GlobalPermissionManager {
    /** user may be null (anonymous). */
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
