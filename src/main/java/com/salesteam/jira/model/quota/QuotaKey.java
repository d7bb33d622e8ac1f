package com.salesteam.jira.model.quota;

import java.util.Objects;

/** What names a quota whatever its target: subject, fiscal period (by key) and measure. */
public record QuotaKey(QuotaSubject subject, String periodKey, QuotaMeasure metric) {

    public QuotaKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(metric, "metric");
    }

    public static QuotaKey of(Quota quota) {
        return new QuotaKey(quota.subject(), quota.periodKey(), quota.metric());
    }
}
