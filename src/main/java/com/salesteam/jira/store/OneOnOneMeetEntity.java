package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_ONE_ON_ONE_MEET: one row per 1:1 Meeting issue. A scheduled meeting is claimed under its natural
 * key (day|rep, unique) before its issue is created (ISSUE_ID 0 until then, CLAIMED_AT when claimed), so a re-run
 * or a second node cannot create it twice and a later run can recover a claim a crash left; a meeting created by hand gets the key "issue:" + its id when first seen. The issue listener
 * keeps HELD_AT (epoch milliseconds, 0 while not held) and the action items, which the next meeting's agenda reads
 * per rep (index rep + held); the job reads each rep's latest claims (index rep + day). ACTION_ITEMS is never filtered or sorted, so it may be unlimited text.
 */
@Preload
@Table("OneOnOneMeet")
@Indexes({@Index(name = "rep_held", methodNames = {"getRepKey", "getHeldAt"}),
        @Index(name = "rep_day", methodNames = {"getRepKey", "getMeetingDay"})})
public interface OneOnOneMeetEntity extends Entity {

    @NotNull
    @Unique
    String getNaturalKey();

    void setNaturalKey(String naturalKey);

    @NotNull
    String getRepKey();

    void setRepKey(String repKey);

    long getMeetingDay();

    void setMeetingDay(long meetingDay);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    long getHeldAt();

    void setHeldAt(long heldAt);

    @StringLength(StringLength.UNLIMITED)
    String getActionItems();

    void setActionItems(String actionItems);

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
