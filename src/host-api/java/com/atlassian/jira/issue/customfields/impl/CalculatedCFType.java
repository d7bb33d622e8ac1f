package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;

import java.util.Collections;
import java.util.Set;

/**
 * Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.impl.CalculatedCFType}; see DESIGN.md. Verified
 * against: jira-api CalculatedCFType.java source (code corpus: @PublicSpi, {@code CalculatedCFType<T, S> extends
 * AbstractCustomFieldType<T, S>}, remove/createValue/updateValue/getDefaultValue/getChangelogValue do nothing) and
 * {@code CustomFieldType#getValueFromIssue(CustomField, Issue)} (implemented by subclasses, e.g. AbstractSingleFieldType).
 * Params, comparison and visitor members left out.
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

    public Set<Long> remove(CustomField field) {
        return Collections.emptySet();
    }

    public void createValue(CustomField field, Issue issue, T value) {
        // calculated: nothing is stored
    }

    public void updateValue(CustomField field, Issue issue, T value) {
        // calculated: nothing is stored
    }

    public T getDefaultValue(FieldConfig fieldConfig) {
        return null;
    }

    public void setDefaultValue(FieldConfig fieldConfig, T value) {
        // calculated: no default
    }

    public String getChangelogValue(CustomField field, T value) {
        return null;
    }

    /** Declared by Jira's CustomFieldType; a calculated type computes it. */
    public abstract T getValueFromIssue(CustomField field, Issue issue);
}
