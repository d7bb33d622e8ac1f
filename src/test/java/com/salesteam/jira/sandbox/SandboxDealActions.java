package com.salesteam.jira.sandbox;

import com.salesteam.jira.service.automation.DealActions;

import java.time.ZoneId;

/**
 * The sandbox has deals but no issues: comments, sub-tasks and flags go nowhere, so what a run did is seen in the
 * automation page's audit list only. Reps with Chinese usernames work in Shanghai, the others in London.
 */
final class SandboxDealActions implements DealActions {

    private static final long SUB_TASK_OFFSET = 50_000;

    @Override
    public String issueKey(long issueId) {
        return "SALES-" + issueId;
    }

    @Override
    public void comment(long issueId, String actorKey, String body) {
        // nothing to comment on in the sandbox
    }

    @Override
    public String createFollowUp(long issueId, String actorKey, String summary, String assigneeKey) {
        return "SALES-" + (issueId + SUB_TASK_OFFSET);
    }

    @Override
    public void flag(long issueId, String actorKey, String label) {
        // nothing to label in the sandbox
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        return SandboxTimeZones.zoneOf(userKey);
    }

    @Override
    public String mention(String userKey) {
        return "[~" + userKey + "]";
    }
}
