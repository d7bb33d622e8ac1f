package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.kpi.KpiDefinition;

import java.math.BigDecimal;

import java.util.Objects;
import java.util.Optional;

/**
 * A target for one subject, fiscal period (by key, e.g. FY2027-Q1) and measure: an amount with its currency for a
 * money metric, a count for deals won, hundredths of the KPI's value for a KPI (as KPI values are stored).
 */
public record Quota(QuotaSubject subject, String periodKey, QuotaMeasure metric, Optional<Money> amount, long count) {

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

    /** A KPI's target, in hundredths of its unit. */
    public static Quota ofKpi(QuotaSubject subject, String periodKey, QuotaMeasure.Kpi kpi, long hundredths) {
        return new Quota(subject, periodKey, kpi, Optional.empty(), hundredths);
    }

    /** The target as people type it: "1500.00" (with its currency apart), "12" deals, "37.5" of a KPI. */
    public String targetText() {
        return amount.map(money -> money.amount().toPlainString()).orElseGet(() -> unitsText(metric, count));
    }

    /** Units of the measure as text: KPI hundredths as a plain decimal, counts as a whole number. */
    public static String unitsText(QuotaMeasure measure, long units) {
        return measure instanceof QuotaMeasure.Kpi ? KpiDefinition.plainText(BigDecimal.valueOf(units, 2))
                : Long.toString(units);
    }

    /** The target in minor units for money, as a number for counts: what sums and ratios work on. */
    public long units() {
        return amount.map(Money::minor).orElse(count);
    }
}
