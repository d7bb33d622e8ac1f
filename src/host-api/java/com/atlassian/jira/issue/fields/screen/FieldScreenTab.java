package com.atlassian.jira.issue.fields.screen;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenTab}; see DESIGN.md. Verified against: jira-api FieldScreenTab.java source (6.x, turgaycelik/mysource, @PublicApi), DonerKebab/demo-jira-plugin (jira-api 7.13.0 only: getFieldScreenLayoutItems, addFieldScreenLayoutItem(String)), PNNL Aperture call sites. */
public interface FieldScreenTab {
    void addFieldScreenLayoutItem(String fieldId);
}
