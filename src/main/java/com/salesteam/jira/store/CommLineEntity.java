package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_COMM_LINE: a frozen statement line of a closed period: what a deal earned (CREDIT) or gave back
 * (CLAWBACK, with the period it had been paid in). What was paid is read from here, never recomputed.
 */
@Preload
@Table("CommLine")
public interface CommLineEntity extends Entity {

    @NotNull
    @Indexed
    String getRepKey();

    void setRepKey(String repKey);

    @NotNull
    @Indexed
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** Indexed for closing, which finds every rep paid before by their SUMMARY rows. */
    @NotNull
    @Indexed
    String getKind();

    void setKind(String kind);

    long getDealId();

    void setDealId(long dealId);

    int getPosition();

    void setPosition(int position);

    String getClosedOn();

    void setClosedOn(String closedOn);

    long getCreditMinor();

    void setCreditMinor(long creditMinor);

    long getCommissionMinor();

    void setCommissionMinor(long commissionMinor);

    /** A pay curve's target incentive on a SUMMARY row, in minor units; null on other rows and older summaries. */
    Long getTargetMinor();

    void setTargetMinor(Long targetMinor);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    String getRate();

    void setRate(String rate);

    /**
     * The bands the credit fell into, space-separated, each "band;from;to;rate;portionMinor;commissionMinor", then
     * ";ATTAINMENT" for a band of attainment % (older rows end at the commission: amount bands); on the SUMMARY line
     * of a pay curve the payout %. Never filtered, so it may be long text.
     */
    @StringLength(StringLength.UNLIMITED)
    String getBands();

    void setBands(String bands);

    String getPaidPeriod();

    void setPaidPeriod(String paidPeriod);

    /**
     * On a SUMMARY line, the plan's name and kind when the period was closed (its currency is {@link #getCurrency()}):
     * what was paid keeps its label when the plan is edited later. Empty on summaries frozen before they were kept.
     */
    String getPlanName();

    void setPlanName(String planName);

    String getPlanKind();

    void setPlanKind(String planKind);

    /** On a SUMMARY line, the plan's tier basis when closed; null on amount-based and older summaries. */
    String getPlanBasis();

    void setPlanBasis(String planBasis);
}
