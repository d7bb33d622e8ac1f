package com.atlassian.jira.user;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;

import java.security.Principal;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.user.ApplicationUser}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html, jira/server DelegatingApplicationUser (getId), blackducksoftware/blackduck-jira ApplicationUserMock (7.x/8.x). */
public interface ApplicationUser extends Principal, WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getUsername();

    @Override
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();
}
