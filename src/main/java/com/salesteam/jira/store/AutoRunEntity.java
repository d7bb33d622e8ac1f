package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_AUTO_RUN: one row per run of an automation job. */
@Preload
@Table("AutoRun")
public interface AutoRunEntity extends Entity {

    @NotNull
    @Indexed
    String getJobKey();

    void setJobKey(String jobKey);

    /** Epoch milliseconds; sorted to find the latest run. */
    @Indexed
    long getStartedAt();

    void setStartedAt(long startedAt);

    /** Epoch milliseconds, 0 while running (or when the node died). */
    long getFinishedAt();

    void setFinishedAt(long finishedAt);

    @NotNull
    String getTriggeredBy();

    void setTriggeredBy(String triggeredBy);

    int getDeals();

    void setDeals(int deals);

    int getActions();

    void setActions(int actions);

    int getFailures();

    void setFailures(int failures);

    String getSummary();

    void setSummary(String summary);
}
