package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_COACH_ACTION: one row per Coaching Action issue, kept by the issue listener, so panels and
 * gadgets never search issues. Indexed for its reads: a deal's actions (the deal panel), a rep's actions by state
 * (open actions per rep), a rep's completions by day (the coaching-completion KPI). Days are epoch days; the deal
 * is 0 when there is none, dates are null when absent.
 */
@Preload
@Table("CoachAction")
@Indexes({
        @Index(name = "rep_state", methodNames = {"getRepKey", "getState"}),
        @Index(name = "rep_completed", methodNames = {"getRepKey", "getCompletedDay"})
})
public interface CoachActionEntity extends Entity {

    @Unique
    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getSummary();

    void setSummary(String summary);

    String getRepKey();

    void setRepKey(String repKey);

    @Indexed
    long getDealId();

    void setDealId(long dealId);

    String getKind();

    void setKind(String kind);

    @NotNull
    String getState();

    void setState(String state);

    Long getDueDay();

    void setDueDay(Long dueDay);

    Long getCompletedDay();

    void setCompletedDay(Long completedDay);
}
