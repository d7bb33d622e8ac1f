package com.atlassian.jira.plugin.workflow;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory}; see DESIGN.md. Verified against: filipenkov/SampleTracking atlassian-jira-4.4.3-source WorkflowPluginFunctionFactory.java (marker extending WorkflowPluginFactory); developer.atlassian.com Workflow modules page; Jira 8 plugins (ru.mail jira-plugins-groovy) implementing it. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
