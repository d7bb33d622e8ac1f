package com.atlassian.jira;

import java.util.Collection;
import java.util.Collections;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.JiraDataTypeImpl}; see DESIGN.md. Verified against: jira-api JiraDataTypeImpl.java source (code corpus, @PublicApi final class, ctor (Class&lt;?&gt;)); used by JiraDataTypes constants. Trivial real behaviour: asStrings returns the class name. Collection ctor and matches(...) omitted. */
public final class JiraDataTypeImpl implements JiraDataType {
    private final Collection<String> stringTypes;

    public JiraDataTypeImpl(final Class<?> type) {
        this.stringTypes = Collections.singletonList(type.getName());
    }

    @Override
    public Collection<String> asStrings() {
        return stringTypes;
    }
}
