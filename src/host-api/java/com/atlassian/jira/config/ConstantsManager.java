package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.ConstantsManager}; see DESIGN.md. Verified against: jira-api ConstantsManager.java source (code corpus: Collection&lt;IssueType&gt; getAllIssueTypeObjects(); Collection&lt;IssueType&gt; getSubTaskIssueTypeObjects(), since 4.1). */
public interface ConstantsManager {
    Collection<IssueType> getAllIssueTypeObjects();

    Collection<IssueType> getSubTaskIssueTypeObjects();
}
