package com.atlassian.jira.issue.customfields.option;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.option.Option}; see DESIGN.md. Verified against: jira-api Option.java source (6.x, turgaycelik/mysource, @PublicApi: getOptionId() Long, getValue() String). Supertype SimpleOption&lt;Option&gt; omitted. */
public interface Option {
    Long getOptionId();

    String getValue();
}
