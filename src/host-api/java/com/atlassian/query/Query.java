package com.atlassian.query;

/** Mirror of Jira 10.3 {@code com.atlassian.query.Query}; see DESIGN.md. Verified against: jira-api SearchService.java javadoc ("Query#getQueryString()"), Jira 8.x mock call sites (query.getQueryString()). */
public interface Query {
    String getQueryString();
}
