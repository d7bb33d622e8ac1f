package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.model.setup.ReviewsBlueprint;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Performance Review issue for the reviews store: the Reviewee and Review Period fields by the names setup
 * gives them, the status, signed off when the status is in Jira's "done" category, and Jira's due date.
 */
public class ReviewIssueReader {

    private final CustomFieldManager customFieldManager;

    public ReviewIssueReader(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    public boolean isReview(Issue issue) {
        return issue.getIssueType() != null && ReviewsBlueprint.REVIEW_TYPE.equals(issue.getIssueType().getName());
    }

    public ReviewRecord read(Issue issue) {
        Optional<String> reviewee = revieweeKey(issue);
        String period = periodKey(issue).orElse("");
        boolean signedOff = issue.getStatus() != null && issue.getStatus().getStatusCategory() != null
                && StatusCategory.COMPLETE.equals(issue.getStatus().getStatusCategory().getKey());
        Timestamp due = issue.getDueDate();
        return new ReviewRecord(issue.getId(), issue.getKey(), reviewee, period,
                issue.getStatus() == null ? "" : issue.getStatus().getName(), signedOff,
                Optional.ofNullable(due).map(day -> day.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()));
    }

    /** The Reviewee's user key; a value of another type counts as absent. */
    public Optional<String> revieweeKey(Issue issue) {
        return value(issue, ReviewsBlueprint.REVIEWEE_FIELD)
                .filter(ApplicationUser.class::isInstance).map(ApplicationUser.class::cast).map(ApplicationUser::getKey);
    }

    /** The Review Period as typed, in upper case as period keys are; empty when blank. */
    public Optional<String> periodKey(Issue issue) {
        return value(issue, ReviewsBlueprint.PERIOD_FIELD).map(Object::toString).map(String::strip)
                .map(text -> text.toUpperCase(Locale.ROOT)).filter(text -> !text.isEmpty());
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(fieldName);
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issue.getCustomFieldValue(fields.iterator().next()));
    }
}
