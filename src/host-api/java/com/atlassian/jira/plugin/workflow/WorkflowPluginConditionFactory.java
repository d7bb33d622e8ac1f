package com.atlassian.jira.plugin.workflow;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory}; see DESIGN.md. Verified against: filipenkov/SampleTracking atlassian-jira-4.4.3-source WorkflowPluginConditionFactory.java (marker extending WorkflowPluginFactory); developer.atlassian.com Workflow modules page; Jira 8 plugins (ru.mail jira-plugins-groovy) implementing it. */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
