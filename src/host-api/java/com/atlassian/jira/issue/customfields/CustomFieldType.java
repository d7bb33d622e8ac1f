package com.atlassian.jira.issue.customfields;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.CustomFieldType}; see DESIGN.md. Verified against: jira-api MultipleCustomFieldType.java (CustomFieldType&lt;T, S&gt;), CustomFieldManager.java source, plugin call sites cf.getCustomFieldType().getKey()/getName(). */
public interface CustomFieldType<T, S> {
    String getKey();

    String getName();
}
