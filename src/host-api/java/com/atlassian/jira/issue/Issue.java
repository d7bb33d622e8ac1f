package com.atlassian.jira.issue;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.Issue}; see DESIGN.md. Verified against: docs.atlassian.com/jira/latest Issue.html (7.x, extends OfBizValueWrapper, IssueContext, WithId, WithKey), blackducksoftware/blackduck-jira IssueMock (7.x: getIssueType()->IssueType, getStatus()->Status). OfBizValueWrapper/IssueContext supertypes omitted. */
public interface Issue extends WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getSummary();

    String getDescription();

    Long getProjectId();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    ApplicationUser getAssignee();

    String getAssigneeId();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getDueDate();

    Timestamp getResolutionDate();

    Object getCustomFieldValue(CustomField customField);

    boolean isSubTask();

    Issue getParentObject();
}
