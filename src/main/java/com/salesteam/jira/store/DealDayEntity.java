package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_DEAL_DAY (model version 5): a rep's sums per calendar day and currency, kept in step with the
 * ledger in the same transaction as the monthly and period rows. The forecast columns count each deal on its
 * forecast day (the close date once closed, else the expected close date), exactly as the month rows do; the NEW_
 * columns count each deal on the day it was created (new pipeline: every recorded deal, whatever became of it, at
 * its current amount and owner). Rows are deltas that readers add up, folded by the nightly rebuild, like the month
 * rows. Calendar days never depend on the fiscal calendar, so weeks and any range of days read them.
 *
 * <p>Reads go by a range of days for everyone (a week's board, a cached week or range of every rep) or by a few
 * owners over a range (the tie-break, one rep's figures), hence the two composite indexes.
 */
@Preload
@Table("DealDay")
@Indexes({@Index(name = "day_owner", methodNames = {"getDayKey", "getOwnerKey"}),
        @Index(name = "owner_day", methodNames = {"getOwnerKey", "getDayKey"})})
public interface DealDayEntity extends Entity {

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** year × 10,000 + month × 100 + day, e.g. 20260415: compares as the day does. */
    int getDayKey();

    void setDayKey(int dayKey);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

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

    /** The amount of the deals created on the day (new pipeline). */
    long getNewMinor();

    void setNewMinor(long newMinor);

    long getNewCount();

    void setNewCount(long newCount);
}
