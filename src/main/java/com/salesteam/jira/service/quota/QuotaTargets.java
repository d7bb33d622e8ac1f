package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.MoneyInput;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A typed target read into a quota: money text for money metrics, a whole number for counts, a number with at most
 * two decimals for a KPI (kept in hundredths, as KPI values are).
 */
final class QuotaTargets {

    /** The largest count a quota may have: far beyond any team's deals in a year, well within a long. */
    static final long MAX_COUNT = 1_000_000_000L;

    private QuotaTargets() {
    }

    /** The quota, or empty with the reason added to {@code errors} under {@code field}. */
    static Optional<Quota> parse(QuotaSubject subject, String periodKey, QuotaMeasure measure, String text,
                                 String field, Supplier<Currency> defaultCurrency, Locale locale,
                                 List<FieldError> errors) {
        if (measure instanceof QuotaMeasure.Kpi kpi) {
            return kpiTarget(text).map(hundredths -> Quota.ofKpi(subject, periodKey, kpi, hundredths)).or(() -> {
                errors.add(FieldError.of(field, "salesteam.error.quota.kpi.target", MAX_COUNT));
                return Optional.empty();
            });
        }
        QuotaMetric metric = (QuotaMetric) measure;
        if (metric.money()) {
            try {
                Money amount = MoneyText.parseInput(text, defaultCurrency);
                return Optional.of(Quota.ofAmount(subject, periodKey, metric, amount));
            } catch (MoneyText.Refused refused) {
                errors.add(MoneyInput.refusal(field, refused, locale));
                return Optional.empty();
            }
        }
        try {
            long count = Long.parseLong(text.strip());
            if (count >= 0 && count <= MAX_COUNT) {
                return Optional.of(Quota.ofCount(subject, periodKey, metric, count));
            }
        } catch (NumberFormatException e) {
            // not a whole number: reported below
        }
        errors.add(FieldError.of(field, "salesteam.error.quota.count", MAX_COUNT));
        return Optional.empty();
    }

    /** Hundredths of a number from 0 to {@link #MAX_COUNT} with at most two decimals. */
    private static Optional<Long> kpiTarget(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(MAX_COUNT)) <= 0
                    && value.stripTrailingZeros().scale() <= KpiDefinition.SCALE) {
                return Optional.of(value.movePointRight(KpiDefinition.SCALE).longValueExact());
            }
        } catch (NumberFormatException e) {
            // not a number: refused by the caller
        }
        return Optional.empty();
    }
}
