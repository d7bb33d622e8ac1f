package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.salesteam.jira.service.Translator;

/** Settings of {@link OwnerOrManagerCondition}: only whether it is switched on for this transition. */
public class OwnerOrManagerConditionFactory extends SwitchOnlyPluginFactory implements WorkflowPluginConditionFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/owner-condition-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/owner-condition-view.vm";

    public OwnerOrManagerConditionFactory(Translator translator) {
        super(translator);
    }
}
