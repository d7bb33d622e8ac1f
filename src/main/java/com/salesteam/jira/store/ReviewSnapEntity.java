package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_REVIEW_SNAP: the reviewee's figures when a performance review reached the manager, one row per
 * review, never changed. The entity has no setters (rows are written once from a map of values) and the review
 * column is unique, so not even a racing second node can add a second snapshot of one review. Decimals are kept
 * as their exact text. Read by review (the issue panel) and by reviewee (later: a rep's review history).
 */
@Preload
@Table("ReviewSnap")
public interface ReviewSnapEntity extends Entity {

    @Unique
    @NotNull
    long getReviewIssueId();

    @Indexed
    @NotNull
    String getRevieweeKey();

    @NotNull
    String getPeriodKey();

    long getTakenAt();

    String getAttainment();

    long getClosedUnits();

    long getQuotaUnits();

    String getCurrency();

    String getScore();

    String getAccuracy();

    String getAccuracyNote();

    @StringLength(StringLength.UNLIMITED)
    String getKpiLines();
}
