package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType}; see DESIGN.md. Verified against: jira-api AbstractCustomFieldType.java source (code corpus, @PublicSpi; getKey/getName final; getVelocityParameters overridable); docs.atlassian.com/jira/server AbstractMultiCFType.html (superclass). init/descriptor/visitor members omitted. */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    @Override
    public final String getKey() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final String getName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> getVelocityParameters(final Issue issue, final CustomField field, final FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException();
    }
}
