package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.user.util.UserManager}; see DESIGN.md. Verified against: jira-api UserManager.java source (6.x, code corpus), blackducksoftware/blackduck-jira UserManagerMock (7.x). */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);

    ApplicationUser getUserByKeyEvenWhenUnknown(String userKey);
}
