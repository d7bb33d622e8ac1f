package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_PERF_REVIEW: one row per Performance Review issue, kept by the issue listener, so the reviews
 * due and overdue of a team are one indexed read (reviewee, signed off) instead of an issue search.
 */
@Preload
@Table("PerfReview")
@Indexes({
        @Index(name = "reviewee_signed", methodNames = {"getRevieweeKey", "isSignedOff"})
})
public interface PerfReviewEntity extends Entity {

    @Unique
    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getRevieweeKey();

    void setRevieweeKey(String revieweeKey);

    String getPeriodKey();

    void setPeriodKey(String periodKey);

    String getStatus();

    void setStatus(String status);

    boolean isSignedOff();

    void setSignedOff(boolean signedOff);

    Long getDueDay();

    void setDueDay(Long dueDay);
}
