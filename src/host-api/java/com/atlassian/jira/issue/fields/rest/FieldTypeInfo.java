package com.atlassian.jira.issue.fields.rest;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.FieldTypeInfo}; see DESIGN.md. Verified against: jira-api FieldTypeInfo.java source (code corpus, @PublicApi class, ctor (Collection&lt;?&gt; allowedValues, String autoCompleteUrl)); Jira 8-era plugins calling new FieldTypeInfo(values, null). Trivial real behaviour: a holder of its two values. */
public class FieldTypeInfo {
    private final Collection<?> allowedValues;
    private final String autoCompleteUrl;

    public FieldTypeInfo(Collection<?> allowedValues, String autoCompleteUrl) {
        this.allowedValues = allowedValues;
        this.autoCompleteUrl = autoCompleteUrl;
    }

    public Collection<?> getAllowedValues() {
        return allowedValues;
    }

    public String getAutoCompleteUrl() {
        return autoCompleteUrl;
    }
}
