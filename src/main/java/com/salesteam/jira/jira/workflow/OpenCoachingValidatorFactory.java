package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.salesteam.jira.service.Translator;

/** Settings of {@link OpenCoachingValidator}: only whether open coaching actions block this transition. */
public class OpenCoachingValidatorFactory extends SwitchOnlyPluginFactory implements WorkflowPluginValidatorFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/open-coaching-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/open-coaching-view.vm";

    public OpenCoachingValidatorFactory(Translator translator) {
        super(translator);
    }
}
