package com.atlassian.jira.issue.fields.layout.field;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem}; see DESIGN.md. Verified against: jira-api CustomFieldType.java / AbstractCustomFieldType.java imports (code corpus), docs.atlassian.com/jira/server AbstractTextSystemField.html. Forced type only: no members mirrored. */
public interface FieldLayoutItem {
}
