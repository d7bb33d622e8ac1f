package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code <arg>}s that a workflow stores for one of the app's conditions, validators or functions.
 * The args are untyped strings that an administrator (or an imported XML) wrote, so every read tolerates a
 * missing or padded value.
 */
final class WorkflowArgs {

    static final String ENABLED = "enabled";

    private WorkflowArgs() {
    }

    /** The arg's value without surrounding blanks; empty when it is absent. */
    @SuppressWarnings("rawtypes")
    static String text(Map args, String name) {
        Object value = args.get(name);
        return value == null ? "" : value.toString().strip();
    }

    /** The custom field an arg names by id ("customfield_10100"); empty when it names none. */
    @SuppressWarnings("rawtypes")
    static Optional<CustomField> field(CustomFieldManager customFieldManager, Map args, String name) {
        try {
            return Optional.ofNullable(customFieldManager.getCustomFieldObject(text(args, name)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // Jira parses what follows "customfield_" as a number and throws on the rest
        }
    }

    /** Only an explicit "false" switches a check off, so a mistyped value keeps the transition guarded. */
    @SuppressWarnings("rawtypes")
    static boolean enabled(Map args) {
        return !"false".equalsIgnoreCase(text(args, ENABLED));
    }

    /** The args of the descriptor Jira hands to a plugin factory when it shows or edits a configured module. */
    @SuppressWarnings("rawtypes")
    static Map of(AbstractDescriptor descriptor) {
        if (descriptor instanceof ValidatorDescriptor validator) {
            return validator.getArgs();
        }
        if (descriptor instanceof FunctionDescriptor function) {
            return function.getArgs();
        }
        if (descriptor instanceof ConditionDescriptor condition) {
            return condition.getArgs();
        }
        throw new IllegalArgumentException("not a condition, validator or function: " + descriptor);
    }
}
