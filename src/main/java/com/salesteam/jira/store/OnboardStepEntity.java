package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_ONBOARD_STEP: one row per task of a person's onboarding plan, under a unique natural key (person
 * and task position). Indexed for its reads: a person's steps (the plan, its progress), the steps waiting for
 * their Coaching Action (the job) and the step of a Coaching Action issue (the issue listener). ISSUE_ID is 0 until
 * the issue is recorded; DUE_DAY an epoch day. STATE is PENDING, CLAIMED (since CLAIMED_AT), CREATED or FAILED
 * (after ATTEMPTS refusals by Jira, the last one's reason in FAILURE).
 */
@Preload
@Table("OnboardStep")
public interface OnboardStepEntity extends Entity {

    @NotNull
    @Unique
    String getStepKey();

    void setStepKey(String stepKey);

    @NotNull
    @Indexed
    String getRepKey();

    void setRepKey(String repKey);

    int getTaskOrder();

    void setTaskOrder(int taskOrder);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @NotNull
    String getKind();

    void setKind(String kind);

    long getDueDay();

    void setDueDay(long dueDay);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    boolean isDone();

    void setDone(boolean done);

    /** When the claim was made (epoch milliseconds); NULL (read as 0) on claims made before the column was added. */
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    /** When a search first found no issue with this claim's marker (epoch milliseconds); 0 or NULL: not yet. */
    long getMissedAt();

    void setMissedAt(long missedAt);

    /** True when the claim's issue may exist without its marker label: recovery links such a claim, never frees it. */
    boolean isUnmarked();

    void setUnmarked(boolean unmarked);

    /** Runs that tried to create the step's Coaching Action and were refused by Jira. */
    int getAttempts();

    void setAttempts(int attempts);

    /** Jira's last reason for refusing it (cut to 255 characters); null when never refused or retried by an admin. */
    String getFailure();

    void setFailure(String failure);
}
