package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.CustomFieldType}; see DESIGN.md. Verified against: jira-api MultipleCustomFieldType.java (CustomFieldType&lt;T, S&gt;), CustomFieldManager.java source, plugin call sites cf.getCustomFieldType().getKey()/getName(). */
public interface CustomFieldType<T, S> {
    String getKey();

    String getName();

    /** Added for AbstractSingleFieldType; verified against jira-api CustomFieldType.java source (code corpus). */
    String getStringFromSingularObject(S singularObject);

    /** Added for AbstractSingleFieldType; verified against jira-api CustomFieldType.java source (code corpus). */
    S getSingularObjectFromString(String string) throws FieldValidationException;

    /** Added for AbstractSingleFieldType; verified against jira-api CustomFieldType.java source (code corpus). */
    Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);
}
