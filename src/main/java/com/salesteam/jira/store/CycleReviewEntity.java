package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_CYCLE_REVIEW: one row per review a cycle created, keyed by (team, period, rep) in one unique
 * column, so a second run or a second node cannot create the same review again. Written before the issue is
 * created (ISSUE_ID 0 until then, CLAIMED_AT when it was claimed, so a later run can recover a claim a crash left).
 * Only the cycles read it: the reviews' own store (PerfReview) says which
 * reviews are open.
 */
@Preload
@Table("CycleReview")
public interface CycleReviewEntity extends Entity {

    @NotNull
    @Unique
    String getNaturalKey();

    void setNaturalKey(String naturalKey);

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    String getRepKey();

    void setRepKey(String repKey);

    @NotNull
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    long getDueDay();

    void setDueDay(long dueDay);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    /** When the claim was made (epoch milliseconds); NULL (read as 0) on claims made before the column was added. */
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    /** When a search first found no issue with this claim's marker (epoch milliseconds); 0 or NULL: not yet. */
    long getMissedAt();

    void setMissedAt(long missedAt);

    /** True when the claim's issue may exist without its marker label: recovery links such a claim, never frees it. */
    boolean isUnmarked();

    void setUnmarked(boolean unmarked);
}
