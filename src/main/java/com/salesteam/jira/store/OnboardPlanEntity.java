package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_ONBOARD_PLAN: one row per person who was given an onboarding plan, under their unique key, so
 * joining another team, being added again or two nodes racing never make a second plan. JOINED_DAY is an epoch day.
 */
@Preload
@Table("OnboardPlan")
public interface OnboardPlanEntity extends Entity {

    @NotNull
    @Unique
    String getRepKey();

    void setRepKey(String repKey);

    long getJoinedDay();

    void setJoinedDay(long joinedDay);
}
