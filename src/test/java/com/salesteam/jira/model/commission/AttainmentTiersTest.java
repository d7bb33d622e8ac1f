package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Retroactive tiers of attainment: the band of credited ÷ quota × 100 sets one rate for all credit. */
public class AttainmentTiersTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static Money usd(long dollars) {
        return Money.ofMinor(dollars * 100, USD);
    }

    private static Tier tier(String from, String to, String rate) {
        return new Tier(new BigDecimal(from), Optional.ofNullable(to).map(BigDecimal::new), new BigDecimal(rate));
    }

    /** 2 % below 50 % of quota, 4 % up to 100 %, 6 % above. */
    private static CommissionPlan plan() {
        return CommissionPlan.tiered("AE", USD, PlanKind.RETROACTIVE_TIERS, TierBasis.ATTAINMENT,
                List.of(tier("0", "50", "2"), tier("50", "100", "4"), tier("100", null, "6")));
    }

    private static Statement statement(Optional<Money> quota, long... dollars) {
        List<Credit> credits = new ArrayList<>();
        for (int i = 0; i < dollars.length; i++) {
            credits.add(new Credit(i + 1, DAY.plusDays(i), usd(dollars[i])));
        }
        return CommissionCalculator.statement(plan(), "FY2026-Q2", credits, quota, List.of());
    }

    @Test
    public void aRepAt80PercentGetsTheMiddleRateOnAllCredit() {
        Statement statement = statement(Optional.of(usd(100_000)), 30_000, 50_000);

        assertEquals(Optional.of(new BigDecimal("80.0")), statement.attainment());
        assertEquals(usd(1_200), statement.lines().get(0).commission());
        assertEquals(usd(2_000), statement.lines().get(1).commission());
        assertEquals(usd(3_200), statement.earned());
        BandShare band = statement.lines().get(0).bands().get(0);
        assertEquals(2, band.band());
        assertEquals(TierBasis.ATTAINMENT, band.basis());
        assertEquals(new BigDecimal("50"), band.from());
        assertEquals(Optional.of(new BigDecimal("100")), band.to());
        assertEquals(usd(30_000), band.portion());
        assertEquals(new BigDecimal("4"), statement.lines().get(1).rate());
        assertEquals(Optional.empty(), statement.payout());
    }

    @Test
    public void aRepAt120PercentGetsTheTopRateOnAllCreditEvenTheFirstDeals() {
        Statement statement = statement(Optional.of(usd(100_000)), 20_000, 100_000);

        assertEquals(Optional.of(new BigDecimal("120.0")), statement.attainment());
        assertEquals(usd(1_200), statement.lines().get(0).commission());
        assertEquals(usd(7_200), statement.earned());
        assertEquals(3, statement.lines().get(0).bands().get(0).band());
        assertEquals(Optional.empty(), statement.lines().get(0).bands().get(0).to());
    }

    @Test
    public void exactlyOnABoundIsInTheBandItOpensAndJustBelowIsNot() {
        assertEquals(usd(6_000), statement(Optional.of(usd(100_000)), 100_000).earned());
        // 99,999.99 of 100,000 is 99.99999 %: rounding would reach 100, the exact comparison does not
        Statement below = CommissionCalculator.statement(plan(), "Q",
                List.of(new Credit(1, DAY, Money.ofMinor(9_999_999, USD))), Optional.of(usd(100_000)), List.of());
        assertEquals(2, below.lines().get(0).bands().get(0).band());
        assertEquals(Money.ofMinor(400_000, USD), below.earned());
        assertEquals(usd(2_000), statement(Optional.of(usd(100_000)), 50_000).earned());
        assertEquals(Money.ofMinor(99_998, USD), statement(Optional.of(usd(100_000)), 49_999).earned());
        assertEquals(usd(0), statement(Optional.of(usd(100_000))).earned());
    }

    @Test
    public void withoutAQuotaInThePlansCurrencyNothingIsPaidAndNoAttainmentIsShown() {
        for (Optional<Money> quota : List.of(Optional.<Money>empty(), Optional.of(usd(0)),
                Optional.of(Money.ofMinor(10_000_000, Currency.getInstance("EUR"))))) {
            Statement statement = statement(quota, 30_000, 50_000);

            assertEquals(usd(0), statement.earned());
            assertEquals(usd(80_000), statement.credited());
            assertEquals(Optional.empty(), statement.attainment());
            assertEquals(2, statement.lines().size());
            assertTrue(statement.lines().get(0).bands().isEmpty());
            assertTrue(statement.plan().readsQuota());
        }
    }

    @Test
    public void amountBandsStillBandTheCreditedMoneyAndReadNoQuota() {
        CommissionPlan amount = CommissionPlan.tiered("AE", USD, PlanKind.RETROACTIVE_TIERS,
                List.of(tier("0", "50", "2"), tier("50", "100", "4"), tier("100", null, "6")));
        Statement statement = CommissionCalculator.statement(amount, "Q", List.of(new Credit(1, DAY, usd(80))),
                Optional.of(usd(100)), List.of());

        assertEquals(usd(80).multiplyPercent(new BigDecimal("4"), RoundingMode.HALF_UP), statement.earned());
        assertEquals(TierBasis.AMOUNT, statement.lines().get(0).bands().get(0).basis());
        assertEquals(Optional.empty(), statement.attainment());
        assertFalse(amount.readsQuota());
        assertEquals(TierBasis.AMOUNT, amount.heading().basis());
        assertEquals(TierBasis.ATTAINMENT, plan().heading().basis());
    }

    @Test
    public void attainmentBoundsArePercentagesStartingAtZeroWithoutOverlapAndOnlyOnRetroactivePlans() {
        assertEquals(List.of(), plan().problems());
        // a bound of 0.12345 % is refused (four decimals), though USD amounts would refuse it for its third
        CommissionPlan fine = CommissionPlan.tiered("AE", USD, PlanKind.RETROACTIVE_TIERS, TierBasis.ATTAINMENT,
                List.of(tier("0", "50.125", "2"), tier("50.125", null, "4")));
        assertEquals(List.of(), fine.problems());
        CommissionPlan bad = CommissionPlan.tiered("AE", USD, PlanKind.RETROACTIVE_TIERS, TierBasis.ATTAINMENT,
                List.of(tier("10", "60", "2"), tier("50", "100.12345", "101")));
        assertEquals(List.of("tiers[0].from", "tiers[1].from", "tiers[1].to", "tiers[1].rate"),
                bad.problems().stream().map(PlanProblem::field).toList());
        assertEquals("tiers.start", bad.problems().get(0).code());
        assertEquals("tiers.overlap", bad.problems().get(1).code());
        CommissionPlan marginal = CommissionPlan.tiered("AE", USD, PlanKind.MARGINAL_TIERS, TierBasis.ATTAINMENT,
                List.of(tier("0", null, "2")));
        assertEquals(List.of("tierBasis"), marginal.problems().stream().map(PlanProblem::field).toList());
    }
}
