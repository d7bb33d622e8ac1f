package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.salesteam.jira.service.Translator;

import java.util.Map;
import java.util.Optional;

/**
 * The shape both deal validators share: one custom field, named by a workflow arg, must hold an acceptable value
 * before the transition may happen. Jira puts the issue, with the values typed on the transition screen, into
 * the transient vars under "issue".
 */
abstract class RequiredFieldValidator implements Validator {

    private final CustomFieldManager customFieldManager;
    private final Translator translator;
    private final String fieldArg;

    RequiredFieldValidator(CustomFieldManager customFieldManager, Translator translator, String fieldArg) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
        this.fieldArg = fieldArg;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        // Without the field nothing can be checked, so nothing may pass: a broken guard must not open the gate.
        CustomField field = WorkflowArgs.field(customFieldManager, args, fieldArg)
                .orElseThrow(() -> refusal("salesteam.workflow.error.field.misconfigured"));
        Issue issue = (Issue) transientVars.get("issue");
        Optional<String> problem = problemWith(issue.getCustomFieldValue(field));
        if (problem.isPresent()) {
            throw refusal(problem.get());
        }
    }

    /** The i18n key that tells the user what is wrong with the field's value; empty when the value will do. */
    protected abstract Optional<String> problemWith(Object value);

    /**
     * A generic error rather than one keyed by the field: Jira shows field errors only beside fields on the
     * transition screen, and the field may not be on it.
     */
    private InvalidInputException refusal(String key) {
        return new InvalidInputException(translator.text(key));
    }
}
