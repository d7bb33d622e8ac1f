package com.salesteam.jira.model.kpi;

import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.quota.QuotaMetric;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Scorecards computed by hand: PRODUCT.md's formula, caps, lower-is-better KPIs, periods and refusals. */
public class ScorecardTest {

    /** Lost deals per month: 2 for a rep, fewer is better. */
    private static final KpiDefinition LOST = new KpiDefinition("lost-deals", "Lost deals", "丢单", KpiUnit.COUNT,
            new KpiSource.Manual(), KpiDirection.LOWER_IS_BETTER,
            Map.of(KpiRole.REP, new BigDecimal("2"), KpiRole.MANAGER, BigDecimal.ZERO), true);
    private static final KpiDefinition WON = new KpiDefinition("won", "Deals won", "赢单", KpiUnit.COUNT,
            new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER,
            Map.of(KpiRole.REP, new BigDecimal("4"), KpiRole.MANAGER, new BigDecimal("1")), true);
    /** calls 200, meetings 20, e-mails 300 a month for a rep. */
    private static final Map<String, KpiDefinition> KPIS = Stream.concat(KpiDefinition.standardActivities().stream(),
            Stream.of(LOST, WON)).collect(Collectors.toMap(KpiDefinition::key, Function.identity()));

    private static ScorecardWeight weight(String kpi, String weight) {
        return new ScorecardWeight(kpi, new BigDecimal(weight), Optional.empty());
    }

    private static ScorecardWeight capped(String kpi, String weight, String cap) {
        return new ScorecardWeight(kpi, new BigDecimal(weight), Optional.of(new BigDecimal(cap)));
    }

    private static Map<String, BigDecimal> actuals(Object... pairs) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return values;
    }

    private static BigDecimal points(ScorecardScore score, String kpi) {
        return score.lines().stream().filter(line -> line.kpiKey().equals(kpi)).findFirst().orElseThrow()
                .points().orElseThrow();
    }

    @Test
    public void productFormulaOverAQuarter() {
        // quarter benchmarks 600 calls, 60 meetings, 900 e-mails; ratios 0.75, 1.1, 1
        // 40 × 0.75 + 30 × 1.1 + 30 × 1 = 30 + 33 + 30 = 93
        Scorecard card = Scorecard.define(KpiRole.REP,
                List.of(weight("calls", "40"), weight("meetings", "30"), weight("emails", "30")), KPIS);
        ScorecardScore score = card.score(KPIS, actuals("calls", "450", "meetings", "66", "emails", "900"),
                PeriodType.QUARTER);
        assertEquals(new BigDecimal("93.00"), score.score().orElseThrow());
        assertEquals(new BigDecimal("100.00"), score.measuredWeight());
        ScoreLine calls = score.lines().get(0);
        assertEquals(new BigDecimal("600.00"), calls.benchmark());
        assertEquals(new BigDecimal("75.0"), calls.ratioPercent().orElseThrow());
        assertEquals(new BigDecimal("30.00"), calls.points().orElseThrow());
        assertEquals(new BigDecimal("110.0"), score.lines().get(1).ratioPercent().orElseThrow());
        assertEquals(new BigDecimal("33.00"), points(score, "meetings"));
    }

    @Test
    public void aCapLimitsOneLineAndUncappedLinesGoPast100() {
        // meetings 66 of 60 capped at 100 %: 30 points instead of 33 → 90; calls 1,200 of 600 capped at 150 % → 60
        Scorecard card = new Scorecard(KpiRole.REP, List.of(capped("calls", "40", "150"),
                capped("meetings", "30", "100"), weight("emails", "30")));
        ScorecardScore score = card.score(KPIS, actuals("calls", "1200", "meetings", "66", "emails", "1800"),
                PeriodType.QUARTER);
        assertEquals(new BigDecimal("60.00"), points(score, "calls"));
        assertEquals(new BigDecimal("30.00"), points(score, "meetings"));
        assertEquals("uncapped: twice the benchmark counts twice", new BigDecimal("60.00"), points(score, "emails"));
        assertEquals(new BigDecimal("150.00"), score.score().orElseThrow());
    }

    @Test
    public void lowerIsBetterUsesTheInverseRatioAndBoundsActualZero() {
        Scorecard card = new Scorecard(KpiRole.REP, List.of(weight("lost-deals", "20"), weight("calls", "80")));
        // 4 lost in a quarter against 6: 6 ÷ 4 = 1.5 → 30 points; 600 calls of 600 → 80
        ScorecardScore score = card.score(KPIS, actuals("lost-deals", "4", "calls", "600"), PeriodType.QUARTER);
        assertEquals(new BigDecimal("150.0"), score.lines().get(0).ratioPercent().orElseThrow());
        assertEquals(new BigDecimal("110.00"), score.score().orElseThrow());
        // 12 lost against 6: half the points
        assertEquals(new BigDecimal("10.00"),
                points(card.score(KPIS, actuals("lost-deals", "12", "calls", "600"), PeriodType.QUARTER), "lost-deals"));
        // none lost: the ceiling of an uncapped line, 1000 % → 200 points; a cap of 150 % → 30
        assertEquals(new BigDecimal("200.00"),
                points(card.score(KPIS, actuals("lost-deals", "0", "calls", "600"), PeriodType.QUARTER), "lost-deals"));
        Scorecard cappedCard = new Scorecard(KpiRole.REP, List.of(capped("lost-deals", "20", "150"), weight("calls", "80")));
        assertEquals(new BigDecimal("30.00"), points(cappedCard.score(KPIS, actuals("lost-deals", "0", "calls", "600"),
                PeriodType.QUARTER), "lost-deals"));
        assertEquals(new BigDecimal("30.00"), points(cappedCard.score(KPIS, actuals("lost-deals", "1", "calls", "600"),
                PeriodType.QUARTER), "lost-deals"));
    }

    @Test
    public void benchmarksArePerMonthAndScaleToThePeriod() {
        BigDecimal monthly = new BigDecimal("52");
        assertEquals(new BigDecimal("12.0000"), Scorecard.benchmarkOver(monthly, PeriodType.WEEK));
        assertEquals(new BigDecimal("52"), Scorecard.benchmarkOver(monthly, PeriodType.MONTH));
        assertEquals(new BigDecimal("156"), Scorecard.benchmarkOver(monthly, PeriodType.QUARTER));
        assertEquals(new BigDecimal("624"), Scorecard.benchmarkOver(monthly, PeriodType.YEAR));
        Scorecard card = new Scorecard(KpiRole.REP, List.of(weight("calls", "100")));
        assertEquals("a year of 2,400 calls is the benchmark", new BigDecimal("100.00"),
                card.score(KPIS, actuals("calls", "2400"), PeriodType.YEAR).score().orElseThrow());
        assertEquals("a month of 100 calls is half of it", new BigDecimal("50.00"),
                card.score(KPIS, actuals("calls", "100"), PeriodType.MONTH).score().orElseThrow());
    }

    @Test
    public void unmeasuredKpisAreShownButLeftOutOfTheScore() {
        // meetings not measured: calls 40 × 0.75 and e-mails 30 × 1 over the 70 measured → 42.86 + 42.86
        Scorecard card = new Scorecard(KpiRole.REP,
                List.of(weight("calls", "40"), weight("meetings", "30"), weight("emails", "30")));
        ScorecardScore score = card.score(KPIS, actuals("calls", "450", "emails", "900"), PeriodType.QUARTER);
        assertEquals(new BigDecimal("70.00"), score.measuredWeight());
        assertEquals(new BigDecimal("42.86"), points(score, "calls"));
        assertEquals(new BigDecimal("85.72"), score.score().orElseThrow());
        ScoreLine meetings = score.lines().get(1);
        assertEquals(ScoreLine.Status.NOT_MEASURED, meetings.status());
        assertTrue(meetings.points().isEmpty() && meetings.actual().isEmpty());
        assertEquals(new BigDecimal("60.00"), meetings.benchmark());

        assertTrue("nothing measured, no score",
                card.score(KPIS, Map.of(), PeriodType.QUARTER).score().isEmpty());
        assertTrue("no weights, no score",
                new Scorecard(KpiRole.REP, List.of()).score(KPIS, actuals("calls", "1"), PeriodType.QUARTER).score().isEmpty());
    }

    @Test
    public void aBenchmarkThatBecameZeroOrARetiredKpiDoesNotCount() {
        Scorecard card = new Scorecard(KpiRole.MANAGER, List.of(weight("lost-deals", "50"), weight("won", "50")));
        ScorecardScore score = card.score(KPIS, actuals("lost-deals", "1", "won", "3"), PeriodType.QUARTER);
        assertEquals(ScoreLine.Status.NO_BENCHMARK, score.lines().get(0).status());
        assertEquals("3 won of 3: all the points on the one scored line", new BigDecimal("100.00"),
                score.score().orElseThrow());
        Map<String, KpiDefinition> retired = new java.util.HashMap<>(KPIS);
        retired.put("won", WON.withActive(false));
        assertEquals(ScoreLine.Status.NOT_MEASURED,
                card.score(retired, actuals("lost-deals", "1", "won", "3"), PeriodType.QUARTER).lines().get(1).status());
    }

    @Test
    public void definitionsThatCannotBeScoredAreRefused() {
        assertThrows("a zero benchmark", IllegalArgumentException.class,
                () -> Scorecard.define(KpiRole.MANAGER, List.of(weight("lost-deals", "100")), KPIS));
        assertThrows("an unknown KPI", IllegalArgumentException.class,
                () -> Scorecard.define(KpiRole.REP, List.of(weight("ghost", "100")), KPIS));
        assertThrows("a retired KPI", IllegalArgumentException.class, () -> Scorecard.define(KpiRole.REP,
                List.of(weight("won", "100")), Map.of("won", WON.withActive(false))));
        assertThrows("weights summing to 90", IllegalArgumentException.class,
                () -> new Scorecard(KpiRole.REP, List.of(weight("calls", "60"), weight("emails", "30"))));
        assertThrows("a KPI twice", IllegalArgumentException.class,
                () -> new Scorecard(KpiRole.REP, List.of(weight("calls", "50"), weight("calls", "50"))));
        assertThrows("a negative weight", IllegalArgumentException.class, () -> weight("calls", "-10"));
        assertThrows("a zero weight", IllegalArgumentException.class, () -> weight("calls", "0"));
        assertThrows("three decimals", IllegalArgumentException.class, () -> weight("calls", "33.333"));
        assertThrows("a cap below 100 %", IllegalArgumentException.class, () -> capped("calls", "10", "90"));
        assertEquals("thirds to two decimals sum to 100", 3, new Scorecard(KpiRole.REP, List.of(weight("calls", "33.33"),
                weight("meetings", "33.33"), weight("emails", "33.34"))).weights().size());
    }
}
