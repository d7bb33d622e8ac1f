package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A review step is complete only with its ratings and comments: every custom field listed in the arg
 * {@value #FIELDS_ARG} (ids separated by commas) must hold something that is not blank. The refusal names every
 * empty field at once, so the user fixes them in one go. A listed field that no longer exists refuses the
 * transition too: a broken guard must not open the gate.
 */
public class FieldsRequiredValidator implements Validator {

    public static final String FIELDS_ARG = "fieldIds";

    private final CustomFieldManager customFieldManager;
    private final Translator translator;

    public FieldsRequiredValidator(CustomFieldManager customFieldManager, Translator translator) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
    }

    /** The field ids an arg lists, without blanks and padding. */
    static List<String> ids(String arg) {
        return Arrays.stream(arg.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        List<String> ids = ids(WorkflowArgs.text(args, FIELDS_ARG));
        if (ids.isEmpty()) {
            throw new InvalidInputException(translator.text("salesteam.workflow.error.fields.misconfigured"));
        }
        Issue issue = (Issue) transientVars.get("issue");
        List<String> empty = new ArrayList<>();
        for (String id : ids) {
            Optional<CustomField> field = WorkflowArgs.field(customFieldManager, Map.of(FIELDS_ARG, id), FIELDS_ARG);
            if (field.isEmpty()) {
                throw new InvalidInputException(translator.text("salesteam.workflow.error.fields.misconfigured"));
            }
            if (!hasText(issue.getCustomFieldValue(field.get()))) {
                empty.add(field.get().getName());
            }
        }
        if (!empty.isEmpty()) {
            throw new InvalidInputException(translator.text("salesteam.workflow.error.fields.required",
                    String.join(", ", empty)));
        }
    }

    private static boolean hasText(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(FieldsRequiredValidator::hasText);
        }
        String text = value == null ? null : value.toString();
        return text != null && !text.isBlank();
    }
}
