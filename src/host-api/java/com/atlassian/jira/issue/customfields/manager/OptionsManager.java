package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.manager.OptionsManager}; see DESIGN.md. Verified against: jira-api OptionsManager.java source (6.x, turgaycelik/mysource, @PublicApi), plugin call sites getOptions(config) / createOption(config, null, 1L, value). */
public interface OptionsManager {
    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
