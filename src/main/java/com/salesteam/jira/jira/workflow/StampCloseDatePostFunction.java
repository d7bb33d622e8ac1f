package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.salesteam.jira.service.AppSettings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stamps the close date of a deal that is being closed: the date custom field named by the arg
 * {@value #FIELD_ARG} gets today, if it is still empty. "Today" is the day in the fiscal calendar's time zone,
 * so a deal closed late in the evening in Shanghai counts for the day it closed there, whatever zone the server
 * runs in. The value is a {@link Timestamp} at the start of that day in the server's zone, which is how Jira's
 * date picker keeps a date without a time, so the field shows exactly that day.
 *
 * <p>It must run before Jira's "update change history and store the issue" function, which writes the value.
 */
public class StampCloseDatePostFunction extends AbstractJiraFunctionProvider {

    public static final String FIELD_ARG = "closeDateFieldId";

    /** Jira's date picker and date-time picker, the only fields that can hold the stamp. */
    private static final Set<String> DATE_FIELD_TYPES = Set.of(
            CustomFieldManager.PLUGIN_KEY + ":datepicker",
            CustomFieldManager.PLUGIN_KEY + ":datetime");

    private final CustomFieldManager customFieldManager;
    private final AppSettings settings;
    private final Clock clock;

    public StampCloseDatePostFunction(CustomFieldManager customFieldManager, AppSettings settings,
                                      Clock clock) {
        this.customFieldManager = customFieldManager;
        this.settings = settings;
        this.clock = clock;
    }

    static boolean isDateField(CustomField field) {
        return field.getCustomFieldType() != null && DATE_FIELD_TYPES.contains(field.getCustomFieldType().getKey());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        Optional<CustomField> field = WorkflowArgs.field(customFieldManager, args, FIELD_ARG)
                .filter(StampCloseDatePostFunction::isDateField);
        if (field.isEmpty()) {
            // Skipped, not thrown: post-functions run after the workflow step has moved, and failing here could
            // leave the issue's status and its workflow step apart. The workflow editor flags the broken setting.
            return;
        }
        MutableIssue issue = getIssue(transientVars);
        if (issue.getCustomFieldValue(field.get()) == null) {
            LocalDate today = settings.fiscalCalendar().today(clock);
            issue.setCustomFieldValue(field.get(), Timestamp.valueOf(today.atStartOfDay()));
        }
    }
}
