package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_COMM_TIER: a row of a plan, in order. For tiers: the band's lower and upper bound (credit, or attainment %
 * for a plan of attainment tiers) and its rate; for a pay curve: the attainment % (lower bound) and the payout % (rate).
 */
@Preload
@Table("CommTier")
public interface CommTierEntity extends Entity {

    @Indexed
    long getPlanId();

    void setPlanId(long planId);

    int getPosition();

    void setPosition(int position);

    @NotNull
    String getLowBound();

    void setLowBound(String lowBound);

    String getHighBound();

    void setHighBound(String highBound);

    @NotNull
    String getRate();

    void setRate(String rate);
}
