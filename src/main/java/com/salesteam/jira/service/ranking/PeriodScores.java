package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.quota.Quota;

import java.util.Currency;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * One period's score of a rep on a board, as a whole number (minor units, a count, tenths of a percent or
 * hundredths of a KPI value): what the board ranks, highest first, without a decimal or an object per rep.
 * {@link #NONE} for a rep the board does not rank (a percent board's rep without a quota, a lower-is-better KPI
 * nobody logged).
 */
@FunctionalInterface
interface PeriodScores {

    long NONE = Long.MIN_VALUE;

    long of(String rep);

    /** Revenue won, deals won, weighted or new pipeline from a rep's sums; a rep without sums scores 0. */
    static <T> PeriodScores ofSums(ToLongFunction<T> score, Map<String, T> sums) {
        return rep -> score.applyAsLong(sums.get(rep));
    }

    /** A rep's score from their own sums (null: none, 0). */
    static ToLongFunction<Map<Currency, ForecastTotals>> sumScore(LeaderboardMetric metric, Currency currency) {
        return switch (metric) {
            case REVENUE_WON -> own -> {
                ForecastTotals totals = in(own, currency);
                return totals == null ? 0 : totals.wonMinor();
            };
            case WEIGHTED_PIPELINE -> own -> {
                ForecastTotals totals = in(own, currency);
                return totals == null ? 0 : totals.weightedMinor();
            };
            case DEALS_WON -> own -> {
                long count = 0;
                if (own != null) {
                    for (ForecastTotals totals : own.values()) {
                        count += totals.wonCount();
                    }
                }
                return count;
            };
            default -> throw new IllegalArgumentException(metric + " is not read from the period sums alone");
        };
    }

    /**
     * Won in the quota's currency against the revenue-won quota, in tenths of a percent rounded half up (as
     * {@code BigDecimal} rounds {@link java.math.RoundingMode#HALF_UP}: away from zero).
     */
    static PeriodScores ofPercent(Map<String, Map<Currency, ForecastTotals>> sums, Map<String, Quota> quotas) {
        return rep -> {
            Quota quota = quotas.get(rep);
            if (quota == null || quota.units() <= 0 || quota.amount().isEmpty()) {
                return NONE;
            }
            ForecastTotals totals = in(sums.get(rep), quota.amount().get().currency());
            return tenthsOfPercent(totals == null ? 0 : totals.wonMinor(), quota.units());
        };
    }

    /** Values per rep; a higher-is-better rep without one scores 0, a lower-is-better one is not ranked. */
    static PeriodScores ofValues(Map<String, Long> values, boolean lowerIsBetter) {
        if (lowerIsBetter) {
            // negated so that the lowest value ranks first; the board turns it back for display
            return rep -> {
                Long value = values.get(rep);
                return value == null ? NONE : -value;
            };
        }
        return rep -> {
            Long value = values.get(rep);
            return value == null ? 0 : value;
        };
    }

    /** Only those with a value are ranked. */
    static PeriodScores ofPresentValues(Map<String, Long> values) {
        return rep -> {
            Long value = values.get(rep);
            return value == null ? NONE : value;
        };
    }

    static long tenthsOfPercent(long part, long whole) {
        long doubled = Math.abs(part) * 2_000 / whole;
        long rounded = (doubled + 1) / 2;
        return part < 0 ? -rounded : rounded;
    }

    private static ForecastTotals in(Map<Currency, ForecastTotals> own, Currency currency) {
        return own == null ? null : own.get(currency);
    }
}
