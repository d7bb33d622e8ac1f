package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenFactory}; see DESIGN.md. Verified against: call sites only (no source found): DonerKebab/demo-jira-plugin built against jira-api 7.13.0 alone (createScreen), PNNL Aperture SupportIssueTypeSchema (createScreen, createFieldScreenScheme, createFieldScreenSchemeItem), atlascommunity/projectconfigurator (createFieldScreenScheme, createIssueTypeScreenScheme, createIssueTypeScreenSchemeEntity; 7.10), ScriptRunner DC example (ViewFieldScreens constructor). */
public interface FieldScreenFactory {
    FieldScreen createScreen();

    FieldScreenScheme createFieldScreenScheme();

    FieldScreenSchemeItem createFieldScreenSchemeItem();

    IssueTypeScreenScheme createIssueTypeScreenScheme();

    IssueTypeScreenSchemeEntity createIssueTypeScreenSchemeEntity();
}
