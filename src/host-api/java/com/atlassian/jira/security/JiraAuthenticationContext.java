package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import java.util.Locale;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.security.JiraAuthenticationContext}; see DESIGN.md. Verified against: cures-hub/cures-condec-jira MockJiraAuthenticationContext (jira-api 8.8.1), DAC javadoc. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();

    void setLoggedInUser(ApplicationUser user);

    void clearLoggedInUser();
}
