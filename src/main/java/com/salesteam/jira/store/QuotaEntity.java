package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_QUOTA: one target per subject (a rep's user key or a team's id), fiscal period and metric.
 * TARGET is in minor units for money metrics (CURRENCY set) and a count otherwise (CURRENCY empty).
 */
@Preload
@Table("Quota")
@Indexes({@Index(name = "subject_period", methodNames = {"getSubjectKey", "getPeriodKey"}),
        @Index(name = "period_metric", methodNames = {"getPeriodKey", "getMetric"})})
public interface QuotaEntity extends Entity {

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

    long getTarget();

    void setTarget(long target);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);
}
