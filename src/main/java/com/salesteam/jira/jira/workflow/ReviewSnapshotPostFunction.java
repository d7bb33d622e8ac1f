package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.service.review.ReviewSnapshotService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * On entering Manager Review: snapshots the reviewee's figures for the review period (the user field
 * {@value #REVIEWEE_ARG}, the period key in the text field {@value #PERIOD_ARG}; without one, the
 * {@value #FALLBACK_ARG} period containing today). Only the first entry takes a snapshot: a review reopened and
 * reaching the manager again keeps the one taken first, which is what the manager judged then.
 *
 * <p>Runs after the issue is stored (it needs the issue's id, and writes nothing to the issue). A failure is logged,
 * not thrown: the step has moved by then, and failing would leave status and workflow step apart.
 */
public class ReviewSnapshotPostFunction extends AbstractJiraFunctionProvider {

    public static final String REVIEWEE_ARG = "revieweeFieldId";
    public static final String PERIOD_ARG = "periodFieldId";
    public static final String FALLBACK_ARG = "defaultPeriodType";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSnapshotPostFunction.class);

    private final CustomFieldManager customFieldManager;
    private final ReviewSnapshotService snapshots;

    public ReviewSnapshotPostFunction(CustomFieldManager customFieldManager, ReviewSnapshotService snapshots) {
        this.customFieldManager = customFieldManager;
        this.snapshots = snapshots;
    }

    /** The fallback period type an arg names: month, quarter or year; anything else is a quarter. */
    static PeriodType fallback(String arg) {
        return switch (arg.strip().toLowerCase(Locale.ROOT)) {
            case "month" -> PeriodType.MONTH;
            case "year" -> PeriodType.YEAR;
            default -> PeriodType.QUARTER;
        };
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        MutableIssue review = getIssue(transientVars);
        Optional<CustomField> revieweeField = WorkflowArgs.field(customFieldManager, args, REVIEWEE_ARG);
        Object reviewee = revieweeField.map(review::getCustomFieldValue).orElse(null);
        if (!(reviewee instanceof ApplicationUser person)) {
            LOG.warn("Review {} has no reviewee: no snapshot taken", review.getKey());
            return;
        }
        String period = WorkflowArgs.field(customFieldManager, args, PERIOD_ARG).map(review::getCustomFieldValue)
                .map(Object::toString).orElse("");
        try {
            snapshots.take(review.getId(), person.getKey(), period, fallback(WorkflowArgs.text(args, FALLBACK_ARG)));
        } catch (RuntimeException e) {
            LOG.warn("Review {}: snapshot not taken: {}", review.getKey(), e.toString());
        }
    }
}
