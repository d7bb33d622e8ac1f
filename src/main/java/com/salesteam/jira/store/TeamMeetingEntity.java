package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_TEAM_MEETING: one row per Sales Meeting the cadence job created, keyed by (team, frequency,
 * period) in one unique column. Written before the issue is created (ISSUE_ID 0 until then), so a second run or a
 * second node finds the claim and creates nothing; CLAIMED_AT and the index on ISSUE_ID let a later run find the
 * claims a crash left without their issue.
 */
@Preload
@Table("TeamMeeting")
public interface TeamMeetingEntity extends Entity {

    @NotNull
    @Unique
    String getNaturalKey();

    void setNaturalKey(String naturalKey);

    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    String getFrequency();

    void setFrequency(String frequency);

    @NotNull
    @Indexed
    String getPeriodKey();

    void setPeriodKey(String periodKey);

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
