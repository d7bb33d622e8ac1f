package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;

public class PeriodScoresTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static ForecastTotals totals(Currency currency, long won, long count, long weighted) {
        return new ForecastTotals(currency, won, count, 0, 0, 0, 0, weighted, 0);
    }

    @Test
    public void tenthsOfAPercentRoundHalfAwayFromZeroAsBigDecimalDoes() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            long part = random.nextInt(2_000_001) - 1_000_000;
            long whole = 1 + random.nextInt(500_000);
            long expected = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            assertEquals(part + "/" + whole, expected, PeriodScores.tenthsOfPercent(part, whole));
        }
        assertEquals("0.05 % is 0.1 %", 1, PeriodScores.tenthsOfPercent(1, 2_000));
        assertEquals(-1, PeriodScores.tenthsOfPercent(-1, 2_000));
    }

    @Test
    public void sumsScoreTheBoardsCurrencyOrEveryCurrencysCount() {
        Map<String, Map<Currency, ForecastTotals>> sums = Map.of("bob", Map.of(EUR, totals(EUR, 500, 2, 70),
                USD, totals(USD, 900, 3, 10)));
        assertEquals(500, PeriodScores.ofSums(PeriodScores.sumScore(LeaderboardMetric.REVENUE_WON, EUR), sums).of("bob"));
        assertEquals(70, PeriodScores.ofSums(PeriodScores.sumScore(LeaderboardMetric.WEIGHTED_PIPELINE, EUR), sums)
                .of("bob"));
        assertEquals(5, PeriodScores.ofSums(PeriodScores.sumScore(LeaderboardMetric.DEALS_WON, EUR), sums).of("bob"));
        assertEquals("no sums: zero", 0, PeriodScores.ofSums(PeriodScores.sumScore(LeaderboardMetric.REVENUE_WON, EUR),
                sums).of("carl"));
    }

    @Test
    public void percentNeedsAMoneyQuotaAndCountsItsCurrency() {
        Map<String, Map<Currency, ForecastTotals>> sums = Map.of("bob", Map.of(USD, totals(USD, 1_000, 1, 0)));
        Map<String, Quota> quotas = Map.of("bob", Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-Q2",
                QuotaMetric.REVENUE_WON, Money.ofMinor(3_000, USD)));
        PeriodScores percent = PeriodScores.ofPercent(sums, quotas);
        assertEquals("33.3 %", 333, percent.of("bob"));
        assertEquals(PeriodScores.NONE, percent.of("carl"));
    }

    @Test
    public void lowerIsBetterValuesRankNegatedAndTheMissingAreNotRanked() {
        PeriodScores lower = PeriodScores.ofValues(Map.of("bob", 500L), true);
        assertEquals(-500, lower.of("bob"));
        assertEquals(PeriodScores.NONE, lower.of("carl"));
        PeriodScores higher = PeriodScores.ofValues(Map.of("bob", 500L), false);
        assertEquals(0, higher.of("carl"));
        assertEquals(PeriodScores.NONE, PeriodScores.ofPresentValues(Map.of()).of("bob"));
    }
}
