package com.atlassian.jira.issue.fields.config;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.config.FieldConfigScheme}; see DESIGN.md. Verified against: jira-api FieldConfigScheme.java source (6.x, turgaycelik/mysource), call sites atlascommunity/projectconfigurator (getAssociatedProjectObjects, 7.10), Zephyr for Jira (getAssociatedProjectIds), cures-condec-jira MockFieldConfigScheme (getOneAndOnlyConfig, 8.8.1). Nested Builder omitted. */
public interface FieldConfigScheme {
    String getName();

    Long getId();

    List<Long> getAssociatedProjectIds();

    FieldConfig getOneAndOnlyConfig();
}
