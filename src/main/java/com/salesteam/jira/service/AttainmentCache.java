package com.salesteam.jira.service;

import com.salesteam.jira.model.quota.QuotaMetric;

import java.time.LocalDate;

/**
 * Reps' attainments as the calculated fields read them on every issue view: computed once from the aggregates and
 * kept in a bounded cache that every node forgets when a deal, quota or team changes (Jira's cluster cache).
 */
public interface AttainmentCache {

    /** The rep's revenue attainment in the period containing {@code day}. */
    RepAttainment get(String repKey, LocalDate day);

    /** The rep's attainment of {@code metric} against their quota of exactly the period {@code periodKey}. */
    RepAttainment get(String repKey, String periodKey, QuotaMetric metric);

    /** A deal or quota of this rep changed. */
    void forgetRep(String repKey);

    /** Teams or many quotas changed. */
    void forgetAll();
}
