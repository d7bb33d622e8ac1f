package com.salesteam.jira.model;

import org.junit.Test;

import java.util.Currency;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

public class PeriodSumsPatchTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CNY = Currency.getInstance("CNY");

    private static ForecastTotals won(Currency currency, long minor, long count) {
        return new ForecastTotals(currency, minor, count, 0, 0, 0, 0, 0, 0);
    }

    @Test
    public void deltasMoveTheirOwnersAndCurrenciesAndLeaveTheSharedSumsAlone() {
        Map<String, Map<Currency, ForecastTotals>> sums = Map.of("ann", Map.of(EUR, won(EUR, 100, 1)),
                "bob", Map.of(EUR, won(EUR, 50, 1)));

        Map<String, Map<Currency, ForecastTotals>> patched = PeriodSumsPatch.apply(sums, Map.of(
                "ann", Map.of(EUR, won(EUR, -100, -1), CNY, won(CNY, 70, 1)),
                "cy", Map.of(EUR, won(EUR, 30, 1))));

        assertEquals(Map.of(EUR, ForecastTotals.zero(EUR), CNY, won(CNY, 70, 1)), patched.get("ann"));
        assertEquals(Map.of(EUR, won(EUR, 50, 1)), patched.get("bob"));
        assertEquals(Map.of(EUR, won(EUR, 30, 1)), patched.get("cy"));
        assertEquals(Map.of(EUR, won(EUR, 100, 1)), sums.get("ann"));
    }

    @Test
    public void aZeroDeltaAddsNobodyAsTheLedgerWritesNoRowForIt() {
        Map<String, Map<Currency, ForecastTotals>> patched = PeriodSumsPatch.apply(Map.of(),
                Map.of("dan", Map.of(EUR, ForecastTotals.zero(EUR))));

        assertFalse(patched.containsKey("dan"));
    }
}
