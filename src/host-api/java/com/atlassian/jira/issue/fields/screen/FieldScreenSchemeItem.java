package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem}; see DESIGN.md. Verified against: jira-api FieldScreenSchemeItem.java source (6.x, turgaycelik/mysource, @PublicApi), PNNL Aperture call sites setFieldScreen / setIssueOperation(IssueOperations.CREATE_ISSUE_OPERATION). Supertype Comparable omitted. */
public interface FieldScreenSchemeItem {
    void setIssueOperation(ScreenableIssueOperation issueOperation);

    void setFieldScreen(FieldScreen fieldScreen);
}
