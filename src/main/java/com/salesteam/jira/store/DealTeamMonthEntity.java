package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_DEAL_TEAM_MONTH: forecast sums per team (the owner's team when the deal last changed, which keeps
 * the credit), calendar month, currency and stage, so a team forecast reads a handful of rows whatever its number
 * of reps. Kept in step with {@link DealMonthEntity} in the same transaction.
 */
@Preload
@Table("DealTeamMonth")
public interface DealTeamMonthEntity extends Entity {

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    /** year × 100 + month, e.g. 202604. */
    @Indexed
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
