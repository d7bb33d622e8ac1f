package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.DueReview;

/**
 * Creates a Performance Review issue for a review a cycle owes. Implemented over Jira's IssueService; the project,
 * issue type, Reviewee and Review Period fields are found by the names the Reviews setup gives them.
 */
public interface ReviewIssues {

    /** What Jira created. */
    record Created(long id, String key) {
    }

    /**
     * Creates the issue as the team's manager (the reporter). Throws {@link IllegalStateException} with Jira's
     * reasons when it is refused (no such project, type or user, or a validation error). The issue is labelled with
     * {@code marker}, its claim's.
     */
    Created create(DueReview review, String summary, String marker);
}
