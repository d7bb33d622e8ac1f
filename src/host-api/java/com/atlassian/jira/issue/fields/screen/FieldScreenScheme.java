package com.atlassian.jira.issue.fields.screen;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenScheme}; see DESIGN.md. Verified against: jira-api FieldScreenScheme.java source (6.x, turgaycelik/mysource, @PublicApi), atlascommunity/projectconfigurator (7.10) and PNNL Aperture call sites (setName, setDescription, store, addFieldScreenSchemeItem). */
public interface FieldScreenScheme {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);

    void store();
}
