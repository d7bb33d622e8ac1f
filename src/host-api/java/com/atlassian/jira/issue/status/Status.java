package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.status.Status}; see DESIGN.md. Verified against: docs.atlassian.com/jira/latest MockStatus.html (implements Status; getStatusCategory), 7.x. */
public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}
