package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_KPI_ENTRY: what a person logged for a KPI on a day, one row per (KPI, user, day). The day is an
 * epoch day (ranges compare as numbers, whatever the database's date handling); the value is in hundredths.
 * Indexed for the two reads: a KPI's sums for many users over days, and one user's days across KPIs.
 */
@Preload
@Table("KpiEntry")
@Indexes({
        @Index(name = "kpi_user_day", methodNames = {"getKpiKey", "getUserKey", "getEpochDay"}),
        @Index(name = "user_day", methodNames = {"getUserKey", "getEpochDay"})
})
public interface KpiEntryEntity extends Entity {

    @NotNull
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    long getEpochDay();

    void setEpochDay(long epochDay);

    long getHundredths();

    void setHundredths(long hundredths);
}
