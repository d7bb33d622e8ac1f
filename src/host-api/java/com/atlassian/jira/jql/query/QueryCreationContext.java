package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.jql.query.QueryCreationContext}; see DESIGN.md. Verified against: jira-api QueryCreationContext.java source (code corpus) and docs.atlassian.com/jira/server QueryCreationContext.html (@PublicApi, ApplicationUser getters). Deprecated getUser/getQueryUser and getDeterminedProjects omitted. */
public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
