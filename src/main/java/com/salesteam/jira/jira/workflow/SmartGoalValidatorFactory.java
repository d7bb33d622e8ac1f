package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.model.goal.SmartCheck;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings of {@link SmartGoalValidator}: the achievable multiple, the boilerplate phrases and the minimum lengths.
 * What is posted is stored as the validator will read it, so a nonsense value is saved as its default and the
 * summary always shows the rules in force.
 */
public class SmartGoalValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/smart-goal-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/smart-goal-view.vm";

    private final Translator translator;

    public SmartGoalValidatorFactory(Translator translator) {
        this.translator = translator;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        put(velocityParams, SmartRules.DEFAULT);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        put(velocityParams, SmartRules.fromArgs(WorkflowArgs.of(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        put(velocityParams, SmartRules.fromArgs(WorkflowArgs.of(descriptor)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> posted = new HashMap<>();
        for (String name : SmartRules.DEFAULT.toArgs().keySet()) {
            if (formParams.containsKey(name)) {
                posted.put(name, extractSingleParam(formParams, name));
            }
        }
        return SmartRules.fromArgs(posted).toArgs();
    }

    private void put(Map<String, Object> velocityParams, SmartRules rules) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("periods", SmartCheck.HISTORY_PERIODS);
        velocityParams.putAll(rules.toArgs());
    }
}
