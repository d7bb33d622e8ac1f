package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CommissionCalculatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static Money usd(long dollars) {
        return Money.ofMinor(dollars * 100, USD);
    }

    private static Tier tier(long from, Long to, String rate) {
        return new Tier(BigDecimal.valueOf(from), Optional.ofNullable(to).map(BigDecimal::valueOf), new BigDecimal(rate));
    }

    /** PRODUCT.md: 4 % below 150k, 6 % for 150–250k. */
    private static CommissionPlan productTiers(PlanKind kind) {
        return CommissionPlan.tiered("AE", USD, kind, List.of(tier(0, 150_000L, "4"), tier(150_000, 250_000L, "6")));
    }

    private static CommissionPlan curve(String cap) {
        return CommissionPlan.payCurve("Bonus", usd(10_000), new BigDecimal("50"),
                List.of(new CurvePoint(new BigDecimal("50"), new BigDecimal("25")),
                        new CurvePoint(new BigDecimal("80"), new BigDecimal("70")),
                        new CurvePoint(new BigDecimal("100"), new BigDecimal("100"))),
                new BigDecimal("2"), Optional.ofNullable(cap).map(BigDecimal::new));
    }

    @Test
    public void theMarginalExampleOfTheProductPaysExactly1100() {
        Statement statement = CommissionCalculator.statement(productTiers(PlanKind.MARGINAL_TIERS), "FY2026-Q2",
                List.of(new Credit(2, DAY.plusDays(1), usd(20_000)), new Credit(1, DAY, usd(145_000))),
                Optional.empty(), List.of());

        StatementLine newDeal = statement.lines().get(1);
        assertEquals(2, newDeal.dealId());
        assertEquals(new BigDecimal("1100.00"), newDeal.commission().amount());
        assertEquals(2, newDeal.bands().size());
        assertEquals(usd(5_000), newDeal.bands().get(0).portion());
        assertEquals(new BigDecimal("200.00"), newDeal.bands().get(0).commission().amount());
        assertEquals(new BigDecimal("900.00"), newDeal.bands().get(1).commission().amount());
        assertEquals(new BigDecimal("5.5000"), newDeal.rate());
        assertEquals(usd(5_800), statement.lines().get(0).commission());
        assertEquals(usd(6_900), statement.net());
        assertEquals(usd(165_000), statement.credited());
    }

    @Test
    public void retroactiveAppliesTheReachedBandToAllCredit() {
        Statement statement = CommissionCalculator.statement(productTiers(PlanKind.RETROACTIVE_TIERS), "Q",
                List.of(new Credit(1, DAY, usd(145_000)), new Credit(2, DAY.plusDays(1), usd(20_000))),
                Optional.empty(), List.of());

        assertEquals(usd(9_900), statement.earned());
        assertTrue(statement.lines().stream().allMatch(line -> line.bands().get(0).band() == 2));
        assertEquals("above the last band its rate goes on", usd(18_000), CommissionCalculator.statement(
                productTiers(PlanKind.RETROACTIVE_TIERS), "Q", List.of(new Credit(1, DAY, usd(300_000))),
                Optional.empty(), List.of()).earned());
    }

    @Test
    public void aClawbackIsTheNegativeOfWhatWasPaidAndPointsAtTheDealAndItsPeriod() {
        Statement statement = CommissionCalculator.statement(productTiers(PlanKind.MARGINAL_TIERS), "FY2026-Q3",
                List.of(new Credit(7, DAY, usd(10_000))), Optional.empty(),
                List.of(new PaidCredit(3, "FY2026-Q2", usd(20_000), usd(1_100))));

        StatementLine clawback = statement.lines().get(1);
        assertEquals(StatementLine.Kind.CLAWBACK, clawback.kind());
        assertEquals(3, clawback.dealId());
        assertEquals(Optional.of("FY2026-Q2"), clawback.paidPeriod());
        assertEquals(usd(-20_000), clawback.credit());
        assertEquals(usd(-1_100), clawback.commission());
        assertEquals(usd(400), statement.earned());
        assertEquals(usd(-1_100), statement.clawedBack());
        assertEquals(usd(-700), statement.net());
    }

    @Test
    public void thePayCurveFollowsThresholdPointsAcceleratorAndCap() {
        CommissionPlan plan = curve("150");
        assertEquals(0, CommissionCalculator.payoutPercent(plan, new BigDecimal("49.99")).signum());
        assertEquals(0, new BigDecimal("25").compareTo(CommissionCalculator.payoutPercent(plan, new BigDecimal("50"))));
        assertEquals(0, new BigDecimal("47.5").compareTo(CommissionCalculator.payoutPercent(plan, new BigDecimal("65"))));
        assertEquals(0, new BigDecimal("140").compareTo(CommissionCalculator.payoutPercent(plan, new BigDecimal("120"))));
        assertEquals(0, new BigDecimal("200").compareTo(CommissionCalculator.payoutPercent(plan, new BigDecimal("400"))));

        Statement statement = CommissionCalculator.statement(plan, "Q", List.of(new Credit(1, DAY, usd(40_000)),
                new Credit(2, DAY, usd(25_000)), new Credit(3, DAY, usd(55_000))), Optional.of(usd(100_000)), List.of());
        assertEquals(Optional.of(new BigDecimal("120.0")), statement.attainment());
        assertEquals(Optional.of(new BigDecimal("140.00")), statement.payout());
        assertEquals("target 10,000 × 140 %", usd(14_000), statement.earned());
        assertEquals("no quota: nothing to measure against", usd(0), CommissionCalculator.statement(plan, "Q",
                List.of(new Credit(1, DAY, usd(1))), Optional.empty(), List.of()).earned());
    }

    @Test
    public void wonDealsWithoutAmountShareNothingOfAPayCurveAndBreakNothing() {
        Statement statement = CommissionCalculator.statement(curve(null), "Q", List.of(new Credit(1, DAY, usd(0)),
                new Credit(2, DAY, usd(0))), Optional.of(usd(100_000)), List.of());

        assertEquals(usd(0), statement.earned());
        assertEquals(List.of(usd(0), usd(0)), statement.lines().stream().map(StatementLine::commission).toList());
    }

    @Test
    public void marginalPayIsTheIntegralOverTheBandsHoweverCreditIsSplitIntoDeals() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<Tier> tiers = new ArrayList<>();
            long from = 0;
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                long to = from + 1 + random.nextInt(100_000);
                tiers.add(tier(from, i == count - 1 && random.nextBoolean() ? null : to, Integer.toString(random.nextInt(101))));
                from = to;
            }
            CommissionPlan plan = CommissionPlan.tiered("p", USD, PlanKind.MARGINAL_TIERS, tiers);
            assertEquals(List.of(), plan.problems());
            long total = random.nextInt(400_000);
            List<Credit> deals = new ArrayList<>();
            long left = total;
            for (int deal = 0; left > 0; deal++) {
                long amount = Math.min(left, 1 + random.nextInt(60_000));
                deals.add(new Credit(deal, DAY.plusDays(deal), usd(amount)));
                left -= amount;
            }
            Money paid = CommissionCalculator.statement(plan, "Q", deals, Optional.empty(), List.of()).earned();
            Money whole = CommissionCalculator.statement(plan, "Q", List.of(new Credit(0, DAY, usd(total))),
                    Optional.empty(), List.of()).earned();
            assertEquals("whole dollars at whole-percent rates round nowhere", whole, paid);
            assertEquals(integral(tiers, total), paid.minor());
        }
    }

    private static long integral(List<Tier> tiers, long dollars) {
        long cents = 0;
        for (int i = 0; i < tiers.size(); i++) {
            long lo = tiers.get(i).from().longValueExact();
            long hi = i == tiers.size() - 1 ? Long.MAX_VALUE : tiers.get(i).to().orElseThrow().longValueExact();
            long inBand = Math.max(0, Math.min(dollars, hi) - lo);
            cents += inBand * tiers.get(i).rate().longValueExact();
        }
        return cents;
    }

    @Test
    public void retroactivePayNeverFallsAsCreditGrowsWhenRatesRise() {
        Random random = new Random(7);
        CommissionPlan plan = CommissionPlan.tiered("r", USD, PlanKind.RETROACTIVE_TIERS,
                List.of(tier(0, 50_000L, "2"), tier(50_000, 100_000L, "3.5"), tier(100_000, null, "7.25")));
        for (int round = 0; round < 200; round++) {
            List<Credit> deals = new ArrayList<>();
            long previous = -1;
            for (int deal = 0; deal < 12; deal++) {
                deals.add(new Credit(deal, DAY.plusDays(deal), Money.ofMinor(random.nextInt(3_000_000), USD)));
                long earned = CommissionCalculator.statement(plan, "Q", deals, Optional.empty(), List.of()).earned().minor();
                assertTrue(earned >= previous);
                previous = earned;
            }
        }
    }

    @Test
    public void thePayCurveIsContinuousAtItsBreakpointsAboveTheThresholdAndCapped() {
        CommissionPlan plan = curve("130");
        BigDecimal epsilon = new BigDecimal("0.000001");
        for (String breakpoint : List.of("80", "100", "130")) {
            BigDecimal at = new BigDecimal(breakpoint);
            BigDecimal below = CommissionCalculator.payoutPercent(plan, at.subtract(epsilon));
            BigDecimal above = CommissionCalculator.payoutPercent(plan, at.add(epsilon));
            assertTrue(breakpoint, above.subtract(below).abs().compareTo(new BigDecimal("0.0001")) < 0);
        }
        Random random = new Random(3);
        BigDecimal capped = CommissionCalculator.payoutPercent(plan, new BigDecimal("130"));
        BigDecimal previous = BigDecimal.ZERO;
        for (int step = 0; step < 500; step++) {
            BigDecimal attainment = BigDecimal.valueOf(step * 40L + random.nextInt(40), 2);
            BigDecimal payout = CommissionCalculator.payoutPercent(plan, attainment);
            assertTrue(payout.compareTo(capped) <= 0);
            assertTrue("never falls", payout.compareTo(previous) >= 0);
            previous = payout;
        }
    }

    @Test
    public void aClawbackOnlyStatementGivesEachPaidCreditBackInItsCurrencyAndCarriesNoTarget() {
        PlanHeading paidUnder = new PlanHeading("AE", PlanKind.MARGINAL_TIERS, USD);
        Statement statement = CommissionCalculator.clawbacks(paidUnder, "FY2026-Q3", List.of(
                new PaidCredit(9, "FY2026-Q2", usd(20_000), usd(1_100)),
                new PaidCredit(4, "FY2026-Q1", usd(10_000), usd(400))));

        assertEquals(List.of(4L, 9L), statement.lines().stream().map(StatementLine::dealId).toList());
        assertEquals(usd(-1_500), statement.clawedBack());
        assertEquals(usd(-1_500), statement.net());
        assertEquals(usd(0), statement.earned());
        assertEquals(usd(0), statement.credited());
        assertEquals(Optional.empty(), statement.targetIncentive());
        assertEquals(paidUnder, statement.plan());
        try {
            CommissionCalculator.clawbacks(new PlanHeading("AE", PlanKind.MARGINAL_TIERS, Currency.getInstance("EUR")),
                    "FY2026-Q3", List.of(new PaidCredit(9, "FY2026-Q2", usd(20_000), usd(1_100))));
            org.junit.Assert.fail("a dollar clawback is never given back in euros");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("deal 9"));
        }
    }

    @Test
    public void aPayCurveStatementCarriesItsTargetIncentiveAndTiersDoNot() {
        Statement curve = CommissionCalculator.statement(curve(null), "FY2026-Q2",
                List.of(new Credit(1, DAY, usd(90_000))), Optional.of(usd(100_000)), List.of());
        assertEquals(Optional.of(usd(10_000)), curve.targetIncentive());
        assertEquals(Optional.empty(), CommissionCalculator.statement(productTiers(PlanKind.RETROACTIVE_TIERS), "FY2026-Q2",
                List.of(new Credit(1, DAY, usd(90_000))), Optional.empty(), List.of()).targetIncentive());
    }
}
