package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.cadence.MeetingIssue;
import com.salesteam.jira.model.setup.ReviewsBlueprint;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads a 1:1 Meeting issue: the rep is the Sales Rep field (never the assignee, who is the manager); the meeting
 * was held when it has a resolution date (Hold sets the resolution; Reopen clears it, and Jira the date with it);
 * the action items are the Action Items field, one per line. Fields are found by the names the Reviews setup gives
 * them.
 */
public class MeetingIssueReader {

    private final CustomFieldManager customFieldManager;

    public MeetingIssueReader(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    public boolean isMeeting(Issue issue) {
        return issue.getIssueType() != null && ReviewsBlueprint.MEETING_TYPE.equals(issue.getIssueType().getName());
    }

    public MeetingIssue read(Issue issue) {
        Optional<String> rep = value(issue, ReviewsBlueprint.REP_FIELD).filter(ApplicationUser.class::isInstance)
                .map(ApplicationUser.class::cast).map(ApplicationUser::getKey);
        Timestamp resolved = issue.getResolutionDate();
        return new MeetingIssue(issue.getId(), issue.getKey(), rep,
                Optional.ofNullable(resolved).map(Timestamp::toInstant),
                value(issue, ReviewsBlueprint.ACTION_ITEMS_FIELD).map(Object::toString).orElse(""));
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(fieldName);
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issue.getCustomFieldValue(fields.iterator().next()));
    }
}
