package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A target for one subject, fiscal period (by key, e.g. FY2027-Q1) and metric: an amount with its currency for a
 * money metric, a count otherwise.
 */
public record Quota(QuotaSubject subject, String periodKey, QuotaMetric metric, Optional<Money> amount, long count) {

    public Quota {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(amount, "amount");
        if (metric.money() != amount.isPresent()) {
            throw new IllegalArgumentException(metric + (metric.money() ? " needs an amount" : " counts, it has no amount"));
        }
        if (amount.filter(Money::isNegative).isPresent() || count < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
        if (metric.money() && count != 0) {
            throw new IllegalArgumentException("a money quota has no count");
        }
    }

    public static Quota ofAmount(QuotaSubject subject, String periodKey, QuotaMetric metric, Money amount) {
        return new Quota(subject, periodKey, metric, Optional.of(amount), 0);
    }

    public static Quota ofCount(QuotaSubject subject, String periodKey, QuotaMetric metric, long count) {
        return new Quota(subject, periodKey, metric, Optional.empty(), count);
    }

    /** The target in minor units for money, as a number for counts: what sums and ratios work on. */
    public long units() {
        return amount.map(Money::minor).orElse(count);
    }
}
