package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.salesteam.jira.service.Translator;

/** Settings of {@link StampCloseDatePostFunction}: which date field gets the close date; only date fields serve. */
public class StampCloseDatePostFunctionFactory extends CustomFieldPluginFactory
        implements WorkflowPluginFunctionFactory {

    public StampCloseDatePostFunctionFactory(CustomFieldManager customFieldManager, Translator translator) {
        super(customFieldManager, translator, new FieldSetting(StampCloseDatePostFunction.FIELD_ARG,
                "salesteam.workflow.closedate.field", "salesteam.workflow.closedate.field.help",
                "salesteam.workflow.closedate.view"), StampCloseDatePostFunction::isDateField);
    }
}
