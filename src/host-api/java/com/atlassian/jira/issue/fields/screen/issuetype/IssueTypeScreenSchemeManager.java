package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager}; see DESIGN.md. Verified against: jira-api IssueTypeScreenSchemeManager.java source (6.x, turgaycelik/mysource, @PublicApi), blackducksoftware/blackduck-jira IssueTypeScreenSchemeManagerMock (@Override, 2019), atlascommunity/projectconfigurator addSchemeAssociation(project, scheme) (7.10). GenericValue overloads omitted. */
public interface IssueTypeScreenSchemeManager {
    Collection<IssueTypeScreenScheme> getIssueTypeScreenSchemes();

    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);

    void addSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);

    void removeSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);
}
