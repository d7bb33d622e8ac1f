package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.salesteam.jira.service.Translator;

/**
 * Settings of {@link PositiveAmountRequiredValidator}: which field holds the deal amount. Every field is offered,
 * since a site may keep amounts in a plain number field; see the validator for the values it accepts.
 */
public class PositiveAmountRequiredValidatorFactory extends CustomFieldPluginFactory
        implements WorkflowPluginValidatorFactory {

    public PositiveAmountRequiredValidatorFactory(CustomFieldManager customFieldManager, Translator translator) {
        super(customFieldManager, translator, new FieldSetting(PositiveAmountRequiredValidator.FIELD_ARG,
                "salesteam.workflow.amount.field", "salesteam.workflow.amount.field.help",
                "salesteam.workflow.amount.view"), field -> true);
    }
}
