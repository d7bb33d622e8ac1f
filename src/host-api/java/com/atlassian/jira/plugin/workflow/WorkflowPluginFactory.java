package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.workflow.WorkflowPluginFactory}; see DESIGN.md. Verified against: jira-api WorkflowPluginFactory.java source (code corpus) and docs.atlassian.com/jira/4.0 WorkflowPluginFactory.html (same generics). */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
