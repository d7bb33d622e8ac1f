package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_QUOTA_CHANGE: every change of a quota, appended (who, when, before, after; a removal is a change to
 * nothing).
 */
@Preload
@Table("QuotaChange")
@Indexes(@Index(name = "subject_period", methodNames = {"getSubjectKey", "getPeriodKey"}))
public interface QuotaChangeEntity extends Entity {

    @NotNull
    String getSubjectType();

    void setSubjectType(String subjectType);

    @NotNull
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @NotNull
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    @NotNull
    String getMetric();

    void setMetric(String metric);

    /** -1 when the quota was new. */
    long getOldTarget();

    void setOldTarget(long oldTarget);

    @NotNull
    String getOldCurrency();

    void setOldCurrency(String oldCurrency);

    /** -1 when the quota was removed. */
    long getNewTarget();

    void setNewTarget(long newTarget);

    @NotNull
    String getNewCurrency();

    void setNewCurrency(String newCurrency);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    long getChangedAt();

    void setChangedAt(long changedAt);
}
