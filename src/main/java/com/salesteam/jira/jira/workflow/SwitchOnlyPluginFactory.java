package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.util.Map;

/**
 * Settings of a workflow module whose only setting is whether it is switched on for its transition: on when first
 * added, stored as "true" or "false" only, whatever was posted, and read the same way the module reads it.
 */
abstract class SwitchOnlyPluginFactory extends AbstractWorkflowPluginFactory {

    private final Translator translator;

    SwitchOnlyPluginFactory(Translator translator) {
        this.translator = translator;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        put(velocityParams, true);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        put(velocityParams, WorkflowArgs.enabled(WorkflowArgs.of(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        put(velocityParams, WorkflowArgs.enabled(WorkflowArgs.of(descriptor)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        boolean enabled = WorkflowArgs.enabled(Map.of(WorkflowArgs.ENABLED,
                extractSingleParam(formParams, WorkflowArgs.ENABLED)));
        return Map.of(WorkflowArgs.ENABLED, Boolean.toString(enabled));
    }

    private void put(Map<String, Object> velocityParams, boolean enabled) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("enabled", enabled);
    }
}
