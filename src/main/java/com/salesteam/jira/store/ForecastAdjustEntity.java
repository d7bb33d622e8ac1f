package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_FORECAST_ADJUST: managers' calls on a team's forecast, one row per call (the history). Read by
 * team and period; a team has a handful of calls per period, so the team index is selective enough.
 */
@Preload
@Table("ForecastAdjust")
public interface ForecastAdjustEntity extends Entity {

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    @NotNull
    String getCategory();

    void setCategory(String category);

    long getAmountMinor();

    void setAmountMinor(long amountMinor);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    String getNote();

    void setNote(String note);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    long getMadeAt();

    void setMadeAt(long madeAt);
}
