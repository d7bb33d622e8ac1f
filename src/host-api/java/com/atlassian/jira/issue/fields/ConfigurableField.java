package com.atlassian.jira.issue.fields;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.ConfigurableField}; see DESIGN.md. Verified against: jira-api ConfigurableField.java source (6.x, turgaycelik/mysource, @PublicApi); CustomField passed as ConfigurableField in M-Whitaker/jira-agile-extended (8.13.8). Real supertype OrderableField reduced to Field; no members needed. */
public interface ConfigurableField extends Field {
}
