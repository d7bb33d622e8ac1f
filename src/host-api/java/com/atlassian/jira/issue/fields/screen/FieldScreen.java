package com.atlassian.jira.issue.fields.screen;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreen}; see DESIGN.md. Verified against: jira-api FieldScreen.java source (6.x, turgaycelik/mysource, @PublicApi), DonerKebab/demo-jira-plugin (jira-api 7.13.0 only: setName/setDescription/store/addTab), PNNL Aperture SupportIssueTypeSchema. */
public interface FieldScreen {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    FieldScreenTab addTab(String tabName);

    void store();
}
