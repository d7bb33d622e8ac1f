package com.atlassian.jira.issue.fields.config;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.config.FieldConfig}; see DESIGN.md. Verified against: jira-api FieldConfig.java source (6.x, turgaycelik/mysource, @PublicApi), getId() call sites in IssueTypeSchemeManagerImpl and plugins. */
public interface FieldConfig {
    Long getId();
}
