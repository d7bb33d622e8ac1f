package com.atlassian.jira.issue;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.IssueInputParameters}; see DESIGN.md. Verified against: jira-api IssueInputParameters.java source (code corpus), docs.atlassian.com/jira/7.0.8 IssueInputParameters.html. */
public interface IssueInputParameters {
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setReporterId(String reporterId);

    /** dueDate is a string formatted the way Jira accepts dates. */
    IssueInputParameters setDueDate(String dueDate);

    /**
     * Verified against: jira-api IssueInputParameters.java, "void setSkipScreenCheck(boolean skipScreenCheck);"
     * (@since v5.0 for editing, v6.3 for creating).
     */
    void setSkipScreenCheck(boolean skipScreenCheck);
}
