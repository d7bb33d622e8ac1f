package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.DueMeeting;

/**
 * Creates a 1:1 Meeting issue for a meeting a schedule owes. Implemented over Jira's IssueService; the issue type
 * and the Sales Rep field are found by the names the Reviews setup gives them.
 */
public interface MeetingIssues {

    /** What Jira created. */
    record Created(long id, String key) {
    }

    /**
     * Creates the issue as the meeting's manager (reporter and assignee), the rep in the Sales Rep field, due on the
     * meeting's day, with {@code agenda} (wiki markup) as its description. Throws {@link IllegalStateException} with
     * Jira's reasons when it is refused. The issue is labelled with {@code marker}, its claim's.
     */
    Created create(DueMeeting meeting, String summary, String agenda, String marker);
}
