package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_COMM_PLAN: a commission plan. Decimals are kept as their exact text, money in minor units. */
@Preload
@Table("CommPlan")
public interface CommPlanEntity extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** Retroactive tiers' basis (TierBasis name); null on plans stored before it was kept, which band the amount. */
    String getTierBasis();

    void setTierBasis(String tierBasis);

    long getTargetMinor();

    void setTargetMinor(long targetMinor);

    String getThreshold();

    void setThreshold(String threshold);

    String getAccelerator();

    void setAccelerator(String accelerator);

    /** Empty when the pay curve has no cap. */
    String getCapPercent();

    void setCapPercent(String capPercent);
}
