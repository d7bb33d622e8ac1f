package com.salesteam.jira.service.cadence;

import java.time.LocalDate;

/**
 * Creates a team's Sales Meeting issue (1:1 meetings have {@link MeetingIssues}). Implemented over Jira's
 * IssueService; the issue type is found by the name the Reviews setup gives it.
 */
public interface SalesMeetingIssues {

    /** What Jira created. */
    record Created(long id, String key) {
    }

    /**
     * Creates the issue as {@code reporterKey} (the team's manager), assigned to them, due on {@code due}, with the
     * agenda (wiki markup) as its description. Throws {@link IllegalStateException} with Jira's reasons when refused.
     * The issue is labelled with {@code marker}, its claim's.
     */
    Created create(String projectKey, String reporterKey, String summary, String description, LocalDate due,
                   String marker);
}
