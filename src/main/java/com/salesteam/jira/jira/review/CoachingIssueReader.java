package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.model.setup.ReviewsBlueprint;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Coaching Action issue: the app's fields are found by the names the project setup gives them. The rep is
 * the Sales Rep field, else the assignee; the deal is the issue the Coaching Deal field names by key, if it is a
 * Deal (one lookup per change of the action, never per view). Done is Jira's "done" status category; Verified is
 * the status of that name.
 */
public class CoachingIssueReader {

    private final CustomFieldManager customFieldManager;
    private final IssueManager issueManager;

    public CoachingIssueReader(CustomFieldManager customFieldManager, IssueManager issueManager) {
        this.customFieldManager = customFieldManager;
        this.issueManager = issueManager;
    }

    public boolean isCoachingAction(Issue issue) {
        return issue.getIssueType() != null && ReviewsBlueprint.COACHING_TYPE.equals(issue.getIssueType().getName());
    }

    public CoachingAction read(Issue issue) {
        Optional<String> rep = value(issue, ReviewsBlueprint.REP_FIELD).filter(ApplicationUser.class::isInstance)
                .map(ApplicationUser.class::cast).or(() -> Optional.ofNullable(issue.getAssignee()))
                .map(ApplicationUser::getKey);
        Timestamp due = issue.getDueDate();
        return new CoachingAction(issue.getId(), issue.getKey(), Optional.ofNullable(issue.getSummary()).orElse(""),
                rep, deal(issue), value(issue, ReviewsBlueprint.KIND_FIELD).map(Object::toString).orElse(""),
                state(issue), Optional.ofNullable(due).map(day -> day.toInstant().atZone(ZoneId.systemDefault())
                .toLocalDate()), Optional.empty());
    }

    private Optional<Long> deal(Issue issue) {
        Optional<String> key = value(issue, ReviewsBlueprint.DEAL_FIELD).map(Object::toString).map(String::strip)
                .map(text -> text.toUpperCase(Locale.ROOT)).filter(text -> !text.isEmpty());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Issue deal = issueManager.getIssueObject(key.get());
        return deal != null && deal.getIssueType() != null
                && DealBlueprint.ISSUE_TYPE.equals(deal.getIssueType().getName())
                ? Optional.of(deal.getId()) : Optional.empty();
    }

    /** Where the Coaching Action issue stands, by its status. */
    public static CoachingState state(Issue issue) {
        if (issue.getStatus() == null) {
            return CoachingState.OPEN;
        }
        if (ReviewsBlueprint.VERIFIED_STATUS.equalsIgnoreCase(issue.getStatus().getName())) {
            return CoachingState.VERIFIED;
        }
        StatusCategory category = issue.getStatus().getStatusCategory();
        return category != null && StatusCategory.COMPLETE.equals(category.getKey())
                ? CoachingState.DONE : CoachingState.OPEN;
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(fieldName);
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issue.getCustomFieldValue(fields.iterator().next()));
    }
}
