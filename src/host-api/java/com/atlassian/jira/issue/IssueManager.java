package com.atlassian.jira.issue;

import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.IssueManager}; see DESIGN.md. Verified against: jira-api IssueManager.java source (code corpus), docs.atlassian.com/jira/7.0.6 IssueManager.html, MockIssueManager in bics jira-mail plugin (7.x). Unchecked DataAccessException omitted from throws. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

    long getIssueCountForProject(Long projectId);
}
