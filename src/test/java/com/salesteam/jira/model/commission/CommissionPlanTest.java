package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CommissionPlanTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Tier tier(String from, String to, String rate) {
        return new Tier(new BigDecimal(from), Optional.ofNullable(to).map(BigDecimal::new), new BigDecimal(rate));
    }

    private static List<String> fields(CommissionPlan plan) {
        return plan.problems().stream().map(problem -> problem.field() + ":" + problem.code()).toList();
    }

    @Test
    public void tiersMustStartAtZeroTouchWithoutOverlapOrGapAndRateAtMost100() {
        assertEquals(List.of(), fields(CommissionPlan.tiered("ok", EUR, PlanKind.MARGINAL_TIERS,
                List.of(tier("0", "150000", "4"), tier("150000", null, "6")))));
        assertEquals(List.of("tiers[1].from:tiers.overlap"), fields(CommissionPlan.tiered("x", EUR,
                PlanKind.MARGINAL_TIERS, List.of(tier("0", "150000", "4"), tier("100000", null, "6")))));
        assertEquals(List.of("tiers[1].from:tiers.gap"), fields(CommissionPlan.tiered("x", EUR,
                PlanKind.RETROACTIVE_TIERS, List.of(tier("0", "100", "4"), tier("200", null, "6")))));
        assertEquals(List.of("tiers[0].rate:rate"), fields(CommissionPlan.tiered("x", EUR,
                PlanKind.RETROACTIVE_TIERS, List.of(tier("0", null, "150")))));
        assertEquals(List.of("tiers[0].from:tiers.start", "tiers[0].rate:rate"), fields(CommissionPlan.tiered("x", EUR,
                PlanKind.RETROACTIVE_TIERS, List.of(tier("10", null, "-1")))));
        assertEquals(List.of("tiers[0].to:tiers.open"), fields(CommissionPlan.tiered("x", EUR,
                PlanKind.RETROACTIVE_TIERS, List.of(tier("0", null, "1"), tier("5", null, "2")))));
        assertEquals(List.of("name:name", "tiers:tiers.count"),
                fields(CommissionPlan.tiered(" ", EUR, PlanKind.MARGINAL_TIERS, List.of())));
    }

    @Test
    public void aPayCurveNeedsATargetPointsFromThresholdTo100AndACapNotBelowTheThreshold() {
        List<CurvePoint> points = List.of(new CurvePoint(new BigDecimal("60"), new BigDecimal("30")),
                new CurvePoint(new BigDecimal("100"), new BigDecimal("100")));
        Money target = Money.ofMinor(500_000, EUR);
        assertEquals(List.of(), fields(CommissionPlan.payCurve("b", target, new BigDecimal("60"), points,
                new BigDecimal("1.5"), Optional.of(new BigDecimal("200")))));
        assertEquals(List.of("cap:cap.threshold"), fields(CommissionPlan.payCurve("b", target, new BigDecimal("60"),
                points, BigDecimal.ONE, Optional.of(new BigDecimal("50")))));
        assertEquals(List.of("targetIncentive:target", "accelerator:accelerator", "points[0].attainment:points.first"),
                fields(CommissionPlan.payCurve("b", Money.zero(EUR), new BigDecimal("50"), points,
                        new BigDecimal("11"), Optional.empty())));
        assertEquals(List.of("points[1].payout:rate", "points[1].attainment:points.order"),
                fields(CommissionPlan.payCurve("b", target, new BigDecimal("100"),
                        List.of(new CurvePoint(new BigDecimal("100"), BigDecimal.TEN),
                                new CurvePoint(new BigDecimal("100"), new BigDecimal("150"))),
                        BigDecimal.ZERO, Optional.empty())));
    }
}
