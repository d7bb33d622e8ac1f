package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.CustomField}; see DESIGN.md. Verified against: jira-api CustomField.java source (code corpus), docs.atlassian.com/jira/server CustomField.html (7.x). Real supertypes (NavigableField, OrderableField...) reduced to Field. */
public interface CustomField extends Field {
    Long getIdAsLong();

    String getFieldName();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();

    Object getValue(Issue issue);
}
