package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.PageI18n;

import java.util.Map;

/** Settings of {@link OwnerOrManagerCondition}: only whether it is switched on for this transition. */
public class OwnerOrManagerConditionFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginConditionFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/owner-condition-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/owner-condition-view.vm";

    private final Translator translator;

    public OwnerOrManagerConditionFactory(Translator translator) {
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

    /** Stores "true" or "false" only, whatever was posted, read the same way the condition reads it. */
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
