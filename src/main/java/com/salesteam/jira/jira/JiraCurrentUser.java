package com.salesteam.jira.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;

import java.util.Optional;

/** The caller from Jira's authentication context; "admin" means Jira's Administer global permission. */
public class JiraCurrentUser implements CurrentUser {

    private final JiraAuthenticationContext authenticationContext;
    private final GlobalPermissionManager globalPermissionManager;

    public JiraCurrentUser(JiraAuthenticationContext authenticationContext,
                           GlobalPermissionManager globalPermissionManager) {
        this.authenticationContext = authenticationContext;
        this.globalPermissionManager = globalPermissionManager;
    }

    @Override
    public Optional<Caller> caller() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || !user.isActive()) {
            return Optional.empty();
        }
        boolean admin = globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
        return Optional.of(new Caller(user.getKey(), user.getDisplayName(), admin));
    }
}
