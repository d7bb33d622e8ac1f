package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.CustomField}; see DESIGN.md. Verified against: jira-api CustomField.java source (code corpus: extends ... ConfigurableField ...), docs.atlassian.com/jira/server CustomField.html (7.x); getConfigurationSchemes() call sites M-Whitaker/jira-agile-extended (jira 8.13.8) and Zephyr for Jira. Real supertypes (NavigableField, OrderableField...) reduced to ConfigurableField. */
public interface CustomField extends ConfigurableField {
    Long getIdAsLong();

    String getFieldName();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();

    Object getValue(Issue issue);

    /** Verified against: jira-api CustomField.java source (code corpus: {@code boolean isInScope(Project project, List<String> issueTypeIds)}) and CustomFieldImpl. */
    boolean isInScope(Project project, List<String> issueTypeIds);

    List<FieldConfigScheme> getConfigurationSchemes();
}
