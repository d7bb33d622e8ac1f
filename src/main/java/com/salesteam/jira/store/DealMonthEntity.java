package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_DEAL_MONTH: forecast sums per rep, calendar month, currency and stage, kept in step with the
 * ledger (the stage gives the pipeline funnel). Calendar months (not fiscal ones) so a change of fiscal calendar never invalidates them: every fiscal
 * month, quarter and year is a run of whole calendar months.
 */
@Preload
@Table("DealMonth")
public interface DealMonthEntity extends Entity {

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

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
