package com.salesteam.jira.jira.goal;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.goal.GoalDraft;
import com.salesteam.jira.model.goal.SmartCheck;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.setup.GoalBlueprint;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Sales Goal issue: the app's fields are found by the names the project setup gives them, as for deals.
 * A value of another type than expected counts as absent, so the SMART check reports it instead of failing.
 */
public class GoalIssueReader {

    private final CustomFieldManager customFieldManager;

    public GoalIssueReader(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    public boolean isGoal(Issue issue) {
        return issue.getIssueType() != null && GoalBlueprint.ISSUE_TYPE.equals(issue.getIssueType().getName());
    }

    /** The goal as typed; the due date is Jira's own, a day at midnight in Jira's (JVM) zone like date pickers. */
    public GoalDraft read(Issue issue) {
        Timestamp due = issue.getDueDate();
        return new GoalDraft(issue.getSummary(), issue.getDescription(),
                value(issue, GoalBlueprint.METRIC_FIELD).map(Object::toString),
                value(issue, GoalBlueprint.TARGET_FIELD).flatMap(GoalIssueReader::number),
                periodKey(issue),
                Optional.ofNullable(due).map(day -> day.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()),
                ownerKey(issue));
    }

    /** The Goal Owner, or the assignee when the goal names nobody. */
    public Optional<String> ownerKey(Issue issue) {
        return value(issue, GoalBlueprint.OWNER_FIELD)
                .filter(ApplicationUser.class::isInstance).map(ApplicationUser.class::cast)
                .or(() -> Optional.ofNullable(issue.getAssignee()))
                .map(ApplicationUser::getKey);
    }

    /** The period key as typed, in upper case as keys are ("fy2027-q1" names FY2027-Q1). */
    public Optional<String> periodKey(Issue issue) {
        return value(issue, GoalBlueprint.PERIOD_FIELD).map(Object::toString).map(String::strip)
                .map(key -> key.toUpperCase(Locale.ROOT)).filter(key -> !key.isEmpty());
    }

    /** The quota metric the Goal Metric names. */
    public Optional<QuotaMetric> metric(Issue issue) {
        return value(issue, GoalBlueprint.METRIC_FIELD).map(Object::toString).flatMap(SmartCheck::metricNamed);
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(fieldName);
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issue.getCustomFieldValue(fields.iterator().next()));
    }

    /** Jira's number field holds a Double; through its decimal text, and never a NaN or an infinity. */
    private static Optional<BigDecimal> number(Object raw) {
        if (raw instanceof BigDecimal exact) {
            return Optional.of(exact);
        }
        if (raw instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
