package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.json.JsonType;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.RestAwareCustomFieldType}; see DESIGN.md. Verified against: jira-api RestAwareCustomFieldType.java source (code corpus, @PublicSpi since 5.0, exactly these three methods); jira-core CustomFieldImpl (asks the type when it implements this interface, else falls back to value.toString() and an array-of-string schema); Jira 8-era plugins (javax.inject, Spring Scanner) implementing the same three methods. */
public interface RestAwareCustomFieldType {
    FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext);

    JsonType getJsonSchema(CustomField customField);

    FieldJsonRepresentation getJsonFromIssue(CustomField field, Issue issue, boolean renderedVersionRequested, FieldLayoutItem fieldLayoutItem);
}
