package com.salesteam.jira.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A team's Commit and Best Case with each sub-team's figure replaced by its manager's latest call, where there is
 * one (PRODUCT.md: a manager adjustment replaces a subordinate's rolled-up figure and is stored beside it). The
 * roll-up itself stays as it is; this is the manager's view beside it. Per currency: a call replaces the sub-team's
 * figure in the call's currency only.
 */
public final class AdjustedRollUp {

    private AdjustedRollUp() {
    }

    /** Commit and Best Case of one currency after the sub-teams' calls. */
    public record Figures(Money commit, Money bestCase) {
    }

    /**
     * @param total     the team's rolled-up sums (its sub-teams included)
     * @param subTeams  each direct sub-team's rolled-up sums
     * @param calls     every call on those sub-teams for the period, in any order
     */
    public static Map<Currency, Figures> of(Map<Currency, ForecastTotals> total,
                                           Map<Long, Map<Currency, ForecastTotals>> subTeams,
                                           Collection<ForecastAdjustment> calls) {
        Map<Currency, Money> commit = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        Map<Currency, Money> bestCase = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        total.forEach((currency, sums) -> {
            commit.put(currency, sums.commit());
            bestCase.put(currency, sums.bestCase());
        });
        for (long subTeam : subTeams.keySet()) {
            Map<Currency, ForecastTotals> rolledUp = subTeams.get(subTeam);
            latest(calls, subTeam, ForecastCategory.COMMIT).ifPresent(call ->
                    replace(commit, call.amount(), figure(rolledUp, call.amount().currency(), ForecastTotals::commit)));
            latest(calls, subTeam, ForecastCategory.BEST_CASE).ifPresent(call ->
                    replace(bestCase, call.amount(), figure(rolledUp, call.amount().currency(), ForecastTotals::bestCase)));
        }
        Map<Currency, Figures> figures = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        commit.keySet().forEach(currency -> figures.put(currency, new Figures(commit.get(currency),
                bestCase.getOrDefault(currency, Money.zero(currency)))));
        bestCase.keySet().forEach(currency -> figures.putIfAbsent(currency, new Figures(Money.zero(currency),
                bestCase.get(currency))));
        return figures;
    }

    public static Optional<ForecastAdjustment> latest(Collection<ForecastAdjustment> calls, long teamId,
                                                      ForecastCategory category) {
        return calls.stream()
                .filter(call -> call.teamId() == teamId && call.category() == category)
                .max(Comparator.comparing(ForecastAdjustment::madeAt));
    }

    private static Money figure(Map<Currency, ForecastTotals> sums, Currency currency,
                                java.util.function.Function<ForecastTotals, Money> which) {
        return Optional.ofNullable(sums.get(currency)).map(which).orElse(Money.zero(currency));
    }

    private static void replace(Map<Currency, Money> figures, Money call, Money rolledUp) {
        Currency currency = call.currency();
        figures.put(currency, figures.getOrDefault(currency, Money.zero(currency)).minus(rolledUp).plus(call));
    }
}
