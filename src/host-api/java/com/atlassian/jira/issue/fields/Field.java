package com.atlassian.jira.issue.fields;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.Field}; see DESIGN.md. Verified against: docs.atlassian.com/jira/4.0 AbstractField.html ("getId/getName in interface Field"). Comparable supertype and getNameKey omitted. */
public interface Field {
    String getId();

    String getName();
}
