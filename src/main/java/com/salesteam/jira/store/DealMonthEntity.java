package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_DEAL_MONTH: forecast sums per calendar month, currency and stage, kept in step with the ledger
 * (the stage gives the pipeline funnel). A row is a rep's (OWNER_KEY set, TEAM_ID 0) or a team's (OWNER_KEY empty,
 * TEAM_ID set: the deals credited to the team at the time); one table, so a deal change writes both in one batch.
 * Rows are deltas that readers add up; the nightly rebuild folds them to one row per key. Reads go by owner or
 * team over a range of months, hence the two composite indexes. Calendar months (not fiscal ones) so a change of fiscal calendar never invalidates them: every fiscal
 * month, quarter and year is a run of whole calendar months.
 */
@Preload
@Table("DealMonth")
@Indexes({@Index(name = "owner_month", methodNames = {"getOwnerKey", "getYearMonth"}),
        @Index(name = "team_month", methodNames = {"getTeamId", "getYearMonth"})})
public interface DealMonthEntity extends Entity {

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** 0 on a rep's row. */
    long getTeamId();

    void setTeamId(long teamId);

    /** year × 100 + month, e.g. 202604; indexed only after the owner or team (nothing reads by month alone). */
    int getYearMonth();

    void setYearMonth(int yearMonth);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    /** The workflow status the deals were in. */
    String getStageId();

    void setStageId(String stageId);

    long getWonMinor();

    void setWonMinor(long wonMinor);

    long getWonCount();

    void setWonCount(long wonCount);

    long getPipelineMinor();

    void setPipelineMinor(long pipelineMinor);

    long getBestCaseMinor();

    void setBestCaseMinor(long bestCaseMinor);

    long getCommitMinor();

    void setCommitMinor(long commitMinor);

    long getOmittedMinor();

    void setOmittedMinor(long omittedMinor);

    long getWeightedMinor();

    void setWeightedMinor(long weightedMinor);

    long getOpenCount();

    void setOpenCount(long openCount);
}
