package com.salesteam.jira.service.quota;

import java.util.Objects;

/**
 * A quota as typed: subject type ("rep" or "team") and key (user key or team id), period key (e.g. FY2027-Q1),
 * metric key (e.g. revenue-won) and target (money text such as "EUR 120000" for money metrics, a whole number
 * otherwise).
 */
public record QuotaDraft(String subjectType, String subjectKey, String period, String metric, String target) {

    public QuotaDraft {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
    }
}
