package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity}; see DESIGN.md. Verified against: jira-api IssueTypeScreenSchemeEntity.java source (6.x, turgaycelik/mysource, @PublicApi), atlascommunity/projectconfigurator setIssueTypeId / setFieldScreenScheme (7.10). Supertype Comparable omitted. */
public interface IssueTypeScreenSchemeEntity {
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    FieldScreenScheme getFieldScreenScheme();

    void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
