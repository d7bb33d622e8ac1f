package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager}; see DESIGN.md. Verified against: jira-api IssueTypeSchemeManager.java source (6.x, turgaycelik/mysource), generics and setProjectAssociationsForIssueTypeScheme from cures-hub/cures-condec-jira MockIssueTypeSchemeManager (@Override, jira-api 8.8.1), call sites atlascommunity/projectconfigurator (7.10). @Nonnull annotations omitted. */
public interface IssueTypeSchemeManager {
    FieldConfigScheme create(String schemeName, String schemeDescription, List<String> optionIds);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    List<FieldConfigScheme> getAllSchemes();

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme setProjectAssociationsForIssueTypeScheme(FieldConfigScheme scheme, Collection<Project> projects);
}
