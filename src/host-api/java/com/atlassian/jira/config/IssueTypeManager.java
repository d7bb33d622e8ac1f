package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.IssueTypeManager}; see DESIGN.md. Verified against: jira-api IssueTypeManager.java source (code corpus, @PublicApi, createIssueType(String, String, Long) since 6.3, getIssueTypes()). */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
