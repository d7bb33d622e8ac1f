package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager}; see DESIGN.md. Verified against: jira-api FieldScreenSchemeManager.java source (6.x, turgaycelik/mysource, @PublicApi), atlascommunity/projectconfigurator call sites getFieldScreenSchemes(), getFieldScreenScheme(DEFAULT_FIELD_SCREEN_SCHEME_ID) (7.10). */
public interface FieldScreenSchemeManager {
    Collection<FieldScreenScheme> getFieldScreenSchemes();

    FieldScreenScheme getFieldScreenScheme(Long id);
}
