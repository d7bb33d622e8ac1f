package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.salesteam.jira.service.Translator;

import java.util.Collection;
import java.util.Optional;

/**
 * Closing a deal as lost needs a loss reason: the custom field named by the arg {@value #FIELD_ARG} must hold
 * something that is not blank. A text field holds a String; a select list holds an option whose text is its
 * {@code toString()}; a multi-value field holds a collection, which needs at least one such value.
 */
public class LossReasonRequiredValidator extends RequiredFieldValidator {

    public static final String FIELD_ARG = "lossReasonFieldId";

    public LossReasonRequiredValidator(CustomFieldManager customFieldManager, Translator translator) {
        super(customFieldManager, translator, FIELD_ARG);
    }

    @Override
    protected Optional<String> problemWith(Object value) {
        return hasText(value) ? Optional.empty() : Optional.of("salesteam.workflow.error.lossreason.required");
    }

    private static boolean hasText(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(LossReasonRequiredValidator::hasText);
        }
        // An option's toString() is its stored text, which can itself be null.
        String text = value == null ? null : value.toString();
        return text != null && !text.isBlank();
    }
}
