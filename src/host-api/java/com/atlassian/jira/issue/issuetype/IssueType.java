package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.issuetype.IssueType}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html. */
public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
