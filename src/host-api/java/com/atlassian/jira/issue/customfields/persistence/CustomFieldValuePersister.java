package com.atlassian.jira.issue.customfields.persistence;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister}; see DESIGN.md. Verified against: jira-api CustomFieldValuePersister.java source (code corpus); AbstractSingleFieldType / StringCFType constructor parameter. Forced type only: no members mirrored. */
public interface CustomFieldValuePersister {
}
