package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What a quota measures: keys, stored names, order, which KPIs qualify, KPI targets and inverted attainment. */
public class QuotaMeasureTest {

    private static final QuotaSubject BOB = new QuotaSubject.Rep("bob");
    private static final Period Q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();

    @Test
    public void dealMetricsKeepTheirKeysAndKpisAreNamedKpiColonKey() {
        assertEquals(Optional.of(QuotaMetric.REVENUE_WON), QuotaMeasure.fromKey(" revenue-won "));
        assertEquals(Optional.of(new QuotaMeasure.Kpi("calls")), QuotaMeasure.fromKey("kpi:calls"));
        assertEquals(Optional.of(new QuotaMeasure.Kpi("calls")), QuotaMeasure.fromKey("KPI: calls"));
        assertEquals(Optional.empty(), QuotaMeasure.fromKey("kpi:"));
        assertEquals(Optional.empty(), QuotaMeasure.fromKey("kpi:<script>"));
        assertEquals(Optional.empty(), QuotaMeasure.fromKey("calls"));
        assertEquals("kpi:calls", new QuotaMeasure.Kpi("calls").key());
        assertEquals("REVENUE_WON", QuotaMetric.REVENUE_WON.storedName());
        assertEquals("kpi:calls", new QuotaMeasure.Kpi("calls").storedName());
        for (QuotaMeasure measure : List.of(QuotaMetric.DEALS_WON, QuotaMetric.NEW_PIPELINE, new QuotaMeasure.Kpi("e-mails"))) {
            assertEquals(measure, QuotaMeasure.fromStored(measure.storedName()));
            assertEquals(Optional.of(measure), QuotaMeasure.fromKey(measure.key()));
        }
        assertFalse(new QuotaMeasure.Kpi("calls").money());
        assertThrows(IllegalArgumentException.class, () -> new QuotaMeasure.Kpi("Calls!"));
    }

    @Test
    public void dealMetricsComeFirstInTheirOrderThenKpisByKey() {
        List<QuotaMeasure> measures = new ArrayList<>(List.of(new QuotaMeasure.Kpi("meetings"), QuotaMetric.NEW_PIPELINE,
                new QuotaMeasure.Kpi("calls"), QuotaMetric.REVENUE_WON, QuotaMetric.DEALS_WON));
        measures.sort(QuotaMeasure.ORDER);
        assertEquals(List.of(QuotaMetric.REVENUE_WON, QuotaMetric.DEALS_WON, QuotaMetric.NEW_PIPELINE,
                new QuotaMeasure.Kpi("calls"), new QuotaMeasure.Kpi("meetings")), measures);
    }

    @Test
    public void aKpiInUseKeptPerDayMayCarryAQuota() {
        assertTrue(QuotaMeasure.quotable(kpi(new KpiSource.Manual(), true)));
        assertTrue(QuotaMeasure.quotable(kpi(new KpiSource.JqlCount("type = Bug"), true)));
        assertTrue(QuotaMeasure.quotable(kpi(new KpiSource.CoachingCompletion(), true)));
        assertFalse("retired", QuotaMeasure.quotable(kpi(new KpiSource.Manual(), false)));
        assertFalse("quoted on its deal metric", QuotaMeasure.quotable(
                kpi(new KpiSource.DealMetric(QuotaMetric.DEALS_WON), true)));
    }

    @Test
    public void aKpiTargetIsInHundredthsAndReadsAsAPlainDecimal() {
        Quota quota = Quota.ofKpi(BOB, "FY2026-Q2", new QuotaMeasure.Kpi("calls"), 12_050);
        assertEquals(12_050L, quota.units());
        assertEquals("120.5", quota.targetText());
        assertEquals("7", Quota.ofCount(BOB, "FY2026-Q2", QuotaMetric.DEALS_WON, 7).targetText());
        assertEquals("1500.00", Quota.ofAmount(BOB, "FY2026-Q2", QuotaMetric.REVENUE_WON,
                Money.ofMinor(1500_00, Currency.getInstance("EUR"))).targetText());
        assertEquals("0", Quota.unitsText(new QuotaMeasure.Kpi("calls"), 0));
        assertEquals("-2.5", Quota.unitsText(new QuotaMeasure.Kpi("calls"), -250));
        assertThrows(IllegalArgumentException.class,
                () -> Quota.ofKpi(BOB, "FY2026-Q2", new QuotaMeasure.Kpi("calls"), -1));
    }

    @Test
    public void lessIsBetterAttainmentIsTargetOverActual() {
        LocalDate today = LocalDate.of(2026, 5, 15);
        Attainment beaten = Attainment.lowerIsBetter(10_00, Optional.of(8_00L), Q2, today);
        assertEquals(Optional.of(new BigDecimal("125.0")), beaten.percent());
        assertEquals(-2_00L, beaten.gapUnits());
        assertEquals(Optional.empty(), beaten.coverage());
        Attainment over = Attainment.lowerIsBetter(10_00, Optional.of(40_00L), Q2, today);
        assertEquals(Optional.of(new BigDecimal("25.0")), over.percent());
        assertEquals(30_00L, over.gapUnits());
        assertFalse(over.onPace());
        assertEquals("nothing recorded is not a perfect score", Optional.empty(),
                Attainment.lowerIsBetter(10_00, Optional.empty(), Q2, today).percent());
        assertEquals(Attainment.pace(Q2, today), beaten.pacePercent());
    }

    private static KpiDefinition kpi(KpiSource source, boolean active) {
        return new KpiDefinition("calls", "Calls", "电话", KpiUnit.COUNT, source, KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.ONE), active);
    }
}
