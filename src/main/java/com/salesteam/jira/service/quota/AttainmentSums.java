package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the figures of a period come from, always pre-aggregated rows: a fiscal month's, quarter's or year's
 * forecast sums from the period rows; a week's, and new pipeline of any period, from the day rows (the period rows
 * know nothing of creation days). A team's come from the caches of everyone's sums; one rep's from one read of its
 * own rows.
 */
final class AttainmentSums {

    private final DealLedger ledger;
    private final PeriodSumsCache periodSums;
    private final DaySumsCache daySums;

    AttainmentSums(DealLedger ledger, PeriodSumsCache periodSums, DaySumsCache daySums) {
        this.ledger = ledger;
        this.periodSums = periodSums;
        this.daySums = daySums;
    }

    /** The reps' sums (those with any), from the cached sums of everyone: no statement once cached. */
    Map<String, DealSums> ofReps(Collection<String> reps, Period period, QuotaMetric metric) {
        Map<String, DealSums> members = new LinkedHashMap<>();
        if (fromDays(period, metric)) {
            DateRange range = DateRange.of(period);
            Map<String, DealSums> everyone = daySums.byRange(List.of(range)).getOrDefault(range, Map.of());
            for (String rep : reps) {
                DealSums own = everyone.get(rep);
                if (own != null) {
                    members.put(rep, own);
                }
            }
            return members;
        }
        Map<String, Map<Currency, ForecastTotals>> everyone = periodSums.byPeriod(List.of(period.key()))
                .getOrDefault(period.key(), Map.of());
        for (String rep : reps) {
            Map<Currency, ForecastTotals> own = everyone.get(rep);
            if (own != null) {
                members.put(rep, new DealSums(own, Map.of()));
            }
        }
        return members;
    }

    /** One rep's sums: one read of its own rows. */
    DealSums ofRep(String rep, Period period, QuotaMetric metric) {
        if (fromDays(period, metric)) {
            DateRange range = DateRange.of(period);
            return ledger.spanSumsByOwner(List.of(rep), List.of(range)).getOrDefault(range, Map.of())
                    .getOrDefault(rep, DealSums.EMPTY);
        }
        return new DealSums(ledger.periodTotalsByOwner(List.of(rep), period.key()).getOrDefault(rep, Map.of()), Map.of());
    }

    static boolean fromDays(Period period, QuotaMetric metric) {
        return period.type() == PeriodType.WEEK || metric == QuotaMetric.NEW_PIPELINE;
    }
}
