package com.salesteam.jira.service.automation;

import java.time.ZoneId;

/**
 * What the automation does to deal issues in Jira, acting as {@code actorKey}. Implemented over Jira's comment,
 * issue and label managers; each method throws when Jira refuses, so the caller can log and skip that deal.
 */
public interface DealActions {

    String STALE_LABEL = "stale-deal";
    String SLIP_LABEL = "close-date-slip";

    /** The deal's current issue key; throws when the issue is gone. */
    String issueKey(long issueId);

    void comment(long issueId, String actorKey, String body);

    /** Creates a sub-task of the deal assigned to {@code assigneeKey}; returns its issue key. */
    String createFollowUp(long issueId, String actorKey, String summary, String assigneeKey);

    /** Flags the deal with a label, which JQL finds ({@code labels = stale-deal}) in every kind of project. */
    void flag(long issueId, String actorKey, String label);

    /** The person's time zone as set in their Jira profile (else Jira's default). */
    ZoneId zoneOf(String userKey);

    /** Wiki markup that mentions the person (and so notifies them). */
    String mention(String userKey);
}
