package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.HashMap;
import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory}; see DESIGN.md. Verified against: jira-api AbstractWorkflowPluginFactory.java source (code corpus); JiraWorkflowPluginConstants RESOURCE_NAME_* ("view", "input-parameters", "edit-parameters"). Real behaviour kept: getVelocityParams dispatch and extractSingleParam. extractMultipleParams/createMap omitted. getDescriptorParams stays abstract via WorkflowPluginFactory. */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    @Override
    public Map<String, Object> getVelocityParams(final String resourceName, final AbstractDescriptor descriptor) {
        final Map<String, Object> velocityParams = new HashMap<String, Object>();
        if ("view".equals(resourceName)) {
            getVelocityParamsForView(velocityParams, descriptor);
        } else if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(velocityParams);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(velocityParams, descriptor);
        }
        return velocityParams;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected String extractSingleParam(final Map<String, Object> conditionParams, final String paramName) {
        if (conditionParams.containsKey(paramName)) {
            final Object argument = conditionParams.get(paramName);
            if (argument instanceof String[]) {
                final String[] args = (String[]) argument;
                if (args.length == 1) {
                    return args[0];
                }
                throw new IllegalArgumentException("Found " + args.length + " '" + paramName + "' arguments instead of 1.");
            }
            throw new IllegalArgumentException("Argument '" + paramName + "' is not a String array.");
        }
        throw new IllegalArgumentException("Cannot find expected argument '" + paramName + "' in parameters.");
    }
}
