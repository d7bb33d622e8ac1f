package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_DEAL, the deal ledger: the latest known facts of each deal issue. A deleted deal stays as a
 * tombstone so that an older event arriving late cannot bring it back.
 */
@Preload
@Table("Deal")
// a commission statement reads one rep's deals closed in one period, not the rep's whole history
@Indexes({@Index(name = "owner_closed", methodNames = {"getOwnerKey", "getClosedOn"})})
public interface DealEntity extends Entity {

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** 0 when the owner was in no team when the deal last changed. */
    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @Indexed
    long getAmountMinor();

    void setAmountMinor(long amountMinor);

    @NotNull
    @Indexed
    String getCurrency();

    void setCurrency(String currency);

    String getStageId();

    void setStageId(String stageId);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    int getProbability();

    void setProbability(int probability);

    @NotNull
    String getCategory();

    void setCategory(String category);

    /** ISO date (yyyy-MM-dd), so the text sorts and compares as the date does. */
    @Indexed
    String getExpectedClose();

    void setExpectedClose(String expectedClose);

    String getClosedOn();

    void setClosedOn(String closedOn);

    int getSlipCount();

    void setSlipCount(int slipCount);

    /** When the facts were observed (event time in epoch milliseconds): orders events and finds stale deals. */
    @Indexed
    long getVersion();

    void setVersion(long version);

    boolean isDeleted();

    void setDeleted(boolean deleted);

    /** ISO date (yyyy-MM-dd) the deal issue was created; null when not yet known (model version 5 added it). */
    String getCreatedOn();

    void setCreatedOn(String createdOn);
}
