package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.MutableIssue}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.2.2/com/atlassian/jira/issue/MutableIssue.html, Jira 7+/8+ plugin call sites (setSummary). */
public interface MutableIssue extends Issue {
    void setSummary(String summary);

    void setAssignee(ApplicationUser assignee);

    void setCustomFieldValue(CustomField customField, Object value);

    void setDueDate(Timestamp dueDate);
}
