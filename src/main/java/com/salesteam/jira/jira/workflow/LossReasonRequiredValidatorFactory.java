package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.salesteam.jira.service.Translator;

/** Settings of {@link LossReasonRequiredValidator}: which field holds the loss reason (any field type can). */
public class LossReasonRequiredValidatorFactory extends CustomFieldPluginFactory
        implements WorkflowPluginValidatorFactory {

    public LossReasonRequiredValidatorFactory(CustomFieldManager customFieldManager, Translator translator) {
        super(customFieldManager, translator, new FieldSetting(LossReasonRequiredValidator.FIELD_ARG,
                "salesteam.workflow.lossreason.field", "salesteam.workflow.lossreason.field.help",
                "salesteam.workflow.lossreason.view"), field -> true);
    }
}
