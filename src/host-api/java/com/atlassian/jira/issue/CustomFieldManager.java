package com.atlassian.jira.issue;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.CustomFieldManager}; see DESIGN.md. Verified against: jira-api CustomFieldManager.java source (code corpus), docs.atlassian.com/jira/7.2.0 CustomFieldManager.html. */
public interface CustomFieldManager {
    String PLUGIN_KEY = "com.atlassian.jira.plugin.system.customfieldtypes";

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomField getCustomFieldObject(Long id);

    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType(String key);
}
