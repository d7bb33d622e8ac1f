package com.salesteam.jira.model;

import org.junit.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class AdjustedRollUpTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static ForecastTotals sums(Currency currency, long wonMinor, long commitMinor, long bestCaseMinor) {
        return new ForecastTotals(currency, wonMinor, 1, 0, bestCaseMinor, commitMinor, 0, 0, 2);
    }

    private static ForecastAdjustment call(long team, ForecastCategory category, long minor, Currency currency, String at) {
        return new ForecastAdjustment(team, "FY2026-Q2", category, Money.ofMinor(minor, currency), "", "boss",
                Instant.parse(at));
    }

    @Test
    public void eachSubTeamsLatestCallReplacesItsFigureInTheTeamsTotal() {
        // region total: won 100, commit 300 (→ Commit 400), best case 200 (→ Best Case 600), of which:
        // DACH won 50, commit 100 (Commit 150); Nordics won 0, commit 200 (Commit 200), best case 200 (Best Case 400)
        Map<Currency, ForecastTotals> total = Map.of(EUR, sums(EUR, 100, 300, 200));
        Map<Long, Map<Currency, ForecastTotals>> subTeams = Map.of(
                1L, Map.of(EUR, sums(EUR, 50, 100, 0)),
                2L, Map.of(EUR, sums(EUR, 0, 200, 200)));
        List<ForecastAdjustment> calls = List.of(
                call(1, ForecastCategory.COMMIT, 120, EUR, "2026-05-01T10:00:00Z"),
                call(1, ForecastCategory.COMMIT, 180, EUR, "2026-05-02T10:00:00Z"),
                call(2, ForecastCategory.BEST_CASE, 250, EUR, "2026-05-01T10:00:00Z"));

        AdjustedRollUp.Figures figures = AdjustedRollUp.of(total, subTeams, calls).get(EUR);

        assertEquals("400 − DACH's 150 + its latest call 180", Money.ofMinor(430, EUR), figures.commit());
        assertEquals("600 − Nordics' 400 + its call 250", Money.ofMinor(450, EUR), figures.bestCase());
    }

    @Test
    public void aCallInAnotherCurrencyReplacesOnlyThatCurrency() {
        Map<Currency, ForecastTotals> total = Map.of(EUR, sums(EUR, 0, 100, 0));
        Map<Long, Map<Currency, ForecastTotals>> subTeams = Map.of(1L, Map.of(EUR, sums(EUR, 0, 100, 0)));

        Map<Currency, AdjustedRollUp.Figures> figures = AdjustedRollUp.of(total, subTeams,
                List.of(call(1, ForecastCategory.COMMIT, 70, USD, "2026-05-01T10:00:00Z")));

        assertEquals(Money.ofMinor(100, EUR), figures.get(EUR).commit());
        assertEquals(Money.ofMinor(70, USD), figures.get(USD).commit());
        assertEquals(Money.zero(USD), figures.get(USD).bestCase());
    }
}
