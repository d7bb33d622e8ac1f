package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.FieldScreenManager}; see DESIGN.md. Verified against: jira-api FieldScreenManager.java source (6.x, turgaycelik/mysource, @PublicApi), DonerKebab/demo-jira-plugin (jira-api 7.13.0 only) getFieldScreen(Long), ScriptRunner DC example getFieldScreens(). */
public interface FieldScreenManager {
    FieldScreen getFieldScreen(Long id);

    Collection<FieldScreen> getFieldScreens();
}
