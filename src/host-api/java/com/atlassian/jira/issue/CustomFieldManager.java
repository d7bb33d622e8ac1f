package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.CustomFieldManager}; see DESIGN.md. Verified against: jira-api CustomFieldManager.java source (code corpus), docs.atlassian.com/jira/7.2.0 CustomFieldManager.html; createCustomField generics from docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01 CustomFieldManager.html, throws GenericEntityException from jira-api source (6.x); getCustomFieldSearcher/createCustomField call sites M-Whitaker/jira-agile-extended (jira 8.13.8). */
public interface CustomFieldManager {
    String PLUGIN_KEY = "com.atlassian.jira.plugin.system.customfieldtypes";

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomField getCustomFieldObject(Long id);

    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    @SuppressWarnings("rawtypes")
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType, CustomFieldSearcher customFieldSearcher,
            List<JiraContextNode> contexts, List<IssueType> issueTypes) throws GenericEntityException;
}
