package com.salesteam.jira.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Forecast sums of one currency, in minor units, per raw category; the cumulative figures of PRODUCT.md are
 * derived from them: Commit = Commit + Closed, Best Case = Best Case + Commit + Closed, Open Pipeline =
 * Pipeline + Best Case + Commit. Omitted never rolls up.
 */
public record ForecastTotals(Currency currency, long wonMinor, long wonCount, long pipelineMinor,
                             long bestCaseMinor, long commitMinor, long omittedMinor, long weightedMinor,
                             long openCount) {

    public ForecastTotals {
        Objects.requireNonNull(currency, "currency");
    }

    public static ForecastTotals zero(Currency currency) {
        return new ForecastTotals(currency, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** What one deal adds to the totals of its period. */
    public static ForecastTotals of(DealFacts deal) {
        long amount = deal.amount().minor();
        Currency currency = deal.amount().currency();
        if (deal.outcome() == DealOutcome.WON) {
            return new ForecastTotals(currency, amount, 1, 0, 0, 0, 0, 0, 0);
        }
        if (deal.outcome() == DealOutcome.LOST) {
            return zero(currency);
        }
        long weighted = deal.weighted().minor();
        return switch (deal.category()) {
            case PIPELINE -> new ForecastTotals(currency, 0, 0, amount, 0, 0, 0, weighted, 1);
            case BEST_CASE -> new ForecastTotals(currency, 0, 0, 0, amount, 0, 0, weighted, 1);
            case COMMIT -> new ForecastTotals(currency, 0, 0, 0, 0, amount, 0, weighted, 1);
            case OMITTED -> new ForecastTotals(currency, 0, 0, 0, 0, 0, amount, 0, 1);
            case CLOSED -> throw new IllegalStateException("an open deal is never Closed");
        };
    }

    /** Adds up sums per currency (never across currencies), ordered by currency code. */
    public static Map<Currency, ForecastTotals> sum(Collection<Map<Currency, ForecastTotals>> parts) {
        Map<Currency, ForecastTotals> total = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Map<Currency, ForecastTotals> part : parts) {
            part.forEach((currency, sum) -> total.merge(currency, sum, ForecastTotals::plus));
        }
        return total;
    }

    public ForecastTotals plus(ForecastTotals other) {
        requireSameCurrency(other);
        return new ForecastTotals(currency, Math.addExact(wonMinor, other.wonMinor), Math.addExact(wonCount, other.wonCount),
                Math.addExact(pipelineMinor, other.pipelineMinor), Math.addExact(bestCaseMinor, other.bestCaseMinor),
                Math.addExact(commitMinor, other.commitMinor), Math.addExact(omittedMinor, other.omittedMinor),
                Math.addExact(weightedMinor, other.weightedMinor), Math.addExact(openCount, other.openCount));
    }

    public ForecastTotals minus(ForecastTotals other) {
        return plus(other.negate());
    }

    public ForecastTotals negate() {
        return new ForecastTotals(currency, -wonMinor, -wonCount, -pipelineMinor, -bestCaseMinor, -commitMinor,
                -omittedMinor, -weightedMinor, -openCount);
    }

    public boolean isZero() {
        return equals(zero(currency));
    }

    public Money closedWon() {
        return Money.ofMinor(wonMinor, currency);
    }

    public Money commit() {
        return Money.ofMinor(Math.addExact(commitMinor, wonMinor), currency);
    }

    public Money bestCase() {
        return Money.ofMinor(Math.addExact(Math.addExact(bestCaseMinor, commitMinor), wonMinor), currency);
    }

    public Money openPipeline() {
        return Money.ofMinor(Math.addExact(Math.addExact(pipelineMinor, bestCaseMinor), commitMinor), currency);
    }

    public Money weighted() {
        return Money.ofMinor(weightedMinor, currency);
    }

    private void requireSameCurrency(ForecastTotals other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency + " without a rate");
        }
    }
}
