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
 *
 * <p>Period rows (model version 4) live in the same table so that they go out in the same batch as the month
 * deltas: a rep's sums for one fiscal month, quarter or year ({@code PERIOD_KEY} = the period's key, YEAR_MONTH 0,
 * no stage, TEAM_ID 0). A read of one period for many reps is then one row per rep and currency through the
 * (PERIOD_KEY, OWNER_KEY) index, where the month rows cost every month and stage of each rep. Their keys depend on
 * the fiscal calendar, so a calendar change rebuilds them. Month rows have no PERIOD_KEY.
 */
@Preload
@Table("DealMonth")
@Indexes({@Index(name = "owner_month", methodNames = {"getOwnerKey", "getYearMonth"}),
        @Index(name = "team_month", methodNames = {"getTeamId", "getYearMonth"}),
        @Index(name = "period_owner", methodNames = {"getPeriodKey", "getOwnerKey"})})
public interface DealMonthEntity extends Entity {

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** 0 on a rep's row. */
    long getTeamId();

    void setTeamId(long teamId);

    /** A fiscal period's key on a period row (e.g. FY2026-Q2); null on a month row. */
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** year × 100 + month, e.g. 202604 (0 on a period row); indexed only after the owner or team (nothing reads by month alone). */
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
