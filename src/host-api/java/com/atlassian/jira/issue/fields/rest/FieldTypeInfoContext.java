package com.atlassian.jira.issue.fields.rest;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext}; see DESIGN.md. Verified against: jira-api FieldTypeInfoContext.java source (code corpus, @PublicApi interface); RestAwareCustomFieldType#getFieldTypeInfo parameter. Forced type only: no members mirrored. */
public interface FieldTypeInfoContext {
}
