package com.atlassian.jira.issue;

import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.IssueManager}; see DESIGN.md. Verified against: jira-api IssueManager.java source (code corpus), docs.atlassian.com/jira/7.0.6 IssueManager.html, MockIssueManager in bics jira-mail plugin (7.x). Unchecked DataAccessException omitted from throws. getIssueObjects(Collection<Long>): jira-api IssueManager.java source and DefaultIssueManager (code corpus): returns the issues found, in the ids' order, without nulls. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

    long getIssueCountForProject(Long projectId);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
