package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_SLIP_WATCH: each open deal's first seen expected close and its latest slip alert. */
@Preload
@Table("SlipWatch")
public interface SlipWatchEntity extends Entity {

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    /** ISO date (yyyy-MM-dd). */
    @NotNull
    String getBaseline();

    void setBaseline(String baseline);

    String getAlertKey();

    void setAlertKey(String alertKey);

    /** Comma-separated reason names. */
    String getReasons();

    void setReasons(String reasons);

    /** Epoch milliseconds, 0 = never alerted; filtered to list the alerts. */
    @Indexed
    long getAlertedAt();

    void setAlertedAt(long alertedAt);
}
