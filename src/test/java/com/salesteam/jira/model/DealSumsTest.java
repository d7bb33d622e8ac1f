package com.salesteam.jira.model;

import org.junit.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Day sums and new pipeline add up per currency, never across currencies. */
public class DealSumsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    public void sumsAddPerCurrencyAndCountNewDealsInEveryCurrency() {
        DealSums a = new DealSums(Map.of(EUR, new ForecastTotals(EUR, 100, 1, 0, 0, 0, 0, 0, 0)),
                Map.of(EUR, new NewPipeline(EUR, 500, 2)));
        DealSums b = new DealSums(Map.of(EUR, new ForecastTotals(EUR, 50, 1, 0, 0, 0, 0, 0, 0)),
                Map.of(CNY, new NewPipeline(CNY, 900, 1)));
        DealSums total = DealSums.sum(List.of(a, b, DealSums.EMPTY));
        assertEquals(150, total.totals().get(EUR).wonMinor());
        assertEquals(new NewPipeline(EUR, 500, 2), total.created(EUR));
        assertEquals(new NewPipeline(CNY, 900, 1), total.created(CNY));
        assertEquals(3, total.createdCount());
        assertEquals(NewPipeline.zero(Currency.getInstance("USD")), total.created(Currency.getInstance("USD")));
        assertEquals(Map.of("ann", a.totals()), DealSums.totalsByOwner(Map.of("ann", a,
                "bob", new DealSums(Map.of(), Map.of(EUR, new NewPipeline(EUR, 1, 1))))));
    }

    @Test
    public void periodTotalsPerOwnerCarryNoNewPipeline() {
        Map<Currency, ForecastTotals> annTotals = Map.of(EUR, new ForecastTotals(EUR, 100, 1, 0, 0, 0, 0, 0, 0));
        Map<Currency, ForecastTotals> bobTotals = Map.of(CNY, new ForecastTotals(CNY, 900, 1, 0, 0, 0, 0, 0, 0));

        Map<String, DealSums> byOwner = DealSums.byOwner(Map.of("ann", annTotals, "bob", bobTotals));

        assertEquals(new DealSums(annTotals, Map.of()), byOwner.get("ann"));
        assertEquals(new DealSums(bobTotals, Map.of()), byOwner.get("bob"));
        assertEquals(0, byOwner.get("ann").createdCount());
        assertEquals(2, byOwner.size());
    }

    @Test
    public void newPipelineRefusesToAddAcrossCurrenciesAndNegatesToZero() {
        NewPipeline eur = new NewPipeline(EUR, 500, 1);
        assertThrows(IllegalArgumentException.class, () -> eur.plus(new NewPipeline(CNY, 1, 1)));
        assertTrue(eur.plus(eur.negate()).isZero());
        assertEquals(Money.ofMinor(500, EUR), eur.amount());
    }
}
