package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** A quota against the sums of its period: the one place attainment is computed from the aggregates. */
final class AttainmentMath {

    private AttainmentMath() {
    }

    /**
     * New pipeline created in the quota's currency (by count for a count quota): no coverage, since pipeline is what
     * is measured; the other metrics from the forecast sums.
     */
    static Attainment of(Quota quota, DealSums sums, Period period, LocalDate today) {
        if (quota.metric() == QuotaMetric.NEW_PIPELINE) {
            long created = quota.amount().map(money -> sums.created(money.currency()).amountMinor())
                    .orElseGet(sums::createdCount);
            return Attainment.withoutCoverage(quota.units(), created, period, today);
        }
        return of(quota, sums.totals(), period, today);
    }

    /**
     * A KPI's total against its quota, both in hundredths, empty when nothing is logged: actual ÷ target (nothing
     * logged counts 0), or target ÷ actual when less is better (nothing logged is no result yet); no coverage, a KPI
     * has no pipeline.
     */
    static Attainment ofKpi(Quota quota, Optional<Long> actualHundredths, KpiDirection direction, Period period,
                            LocalDate today) {
        return direction == KpiDirection.LOWER_IS_BETTER
                ? Attainment.lowerIsBetter(quota.units(), actualHundredths, period, today)
                : Attainment.withoutCoverage(quota.units(), actualHundredths.orElse(0L), period, today);
    }

    /** Revenue in the quota's currency (other currencies never add in); deals won by count, in any currency. */
    static Attainment of(Quota quota, Map<Currency, ForecastTotals> sums, Period period, LocalDate today) {
        if (quota.metric() == QuotaMetric.DEALS_WON) {
            long won = sums.values().stream().mapToLong(ForecastTotals::wonCount).sum();
            long open = sums.values().stream().mapToLong(ForecastTotals::openCount).sum();
            return Attainment.of(quota.units(), won, open, 0, period, today);
        }
        Currency currency = quota.amount().orElseThrow().currency();
        ForecastTotals sum = sums.getOrDefault(currency, ForecastTotals.zero(currency));
        return Attainment.of(quota.units(), sum.wonMinor(), sum.openPipeline().minor(), sum.weightedMinor(), period,
                today);
    }
}
