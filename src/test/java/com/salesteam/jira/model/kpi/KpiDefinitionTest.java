package com.salesteam.jira.model.kpi;

import com.salesteam.jira.model.quota.QuotaMetric;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class KpiDefinitionTest {

    private static final Map<KpiRole, BigDecimal> BENCHMARKS = Map.of(KpiRole.REP, new BigDecimal("12.5"),
            KpiRole.MANAGER, BigDecimal.ZERO);

    private static KpiDefinition definition(String key, KpiSource source, Map<KpiRole, BigDecimal> benchmarks) {
        return new KpiDefinition(key, "Demos", "演示", KpiUnit.COUNT, source, KpiDirection.HIGHER_IS_BETTER,
                benchmarks, true);
    }

    @Test
    public void keysAreLowercaseLettersDigitsAndHyphensOfTwoToFortyCharacters() {
        for (String good : List.of("ab", "calls", "new-logos-2", "x".repeat(40))) {
            assertTrue(good, KpiDefinition.isValidKey(good));
        }
        for (String bad : List.of("", "a", "Calls", "calls today", "calls_x", "x".repeat(41), "电话", "a\n")) {
            assertFalse(bad, KpiDefinition.isValidKey(bad));
            assertThrows(IllegalArgumentException.class, () -> definition(bad, new KpiSource.Manual(), BENCHMARKS));
        }
    }

    @Test
    public void benchmarksAreExactNonNegativeWithTwoDecimalsForEveryRole() {
        KpiDefinition kpi = definition("demos", new KpiSource.Manual(), BENCHMARKS);
        assertEquals(new BigDecimal("12.50"), kpi.benchmark(KpiRole.REP));
        assertEquals(new BigDecimal("0.00"), kpi.benchmark(KpiRole.MANAGER));
        assertThrows(IllegalArgumentException.class, () -> definition("demos", new KpiSource.Manual(),
                Map.of(KpiRole.REP, new BigDecimal("-1"), KpiRole.MANAGER, BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class, () -> definition("demos", new KpiSource.Manual(),
                Map.of(KpiRole.REP, new BigDecimal("1.005"), KpiRole.MANAGER, BigDecimal.ONE)));
        assertThrows("the manager's benchmark is missing", NullPointerException.class,
                () -> definition("demos", new KpiSource.Manual(), Map.of(KpiRole.REP, BigDecimal.ONE)));
    }

    @Test
    public void namesAreRequiredAndReadInTheCallersLanguage() {
        KpiDefinition kpi = definition("demos", new KpiSource.Manual(), BENCHMARKS);
        assertEquals("演示", kpi.name(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Demos", kpi.name(Locale.ENGLISH));
        assertEquals("Demos", kpi.name(Locale.GERMAN));
        assertThrows(IllegalArgumentException.class, () -> new KpiDefinition("demos", " ", "演示", KpiUnit.COUNT,
                new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, BENCHMARKS, true));
        assertThrows(IllegalArgumentException.class, () -> new KpiDefinition("demos", "x".repeat(81), "演示",
                KpiUnit.COUNT, new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, BENCHMARKS, true));
    }

    @Test
    public void sourcesCarryTheirParameter() {
        assertEquals("revenue-won", new KpiSource.DealMetric(QuotaMetric.REVENUE_WON).parameter());
        assertEquals("deal-metric", new KpiSource.DealMetric(QuotaMetric.DEALS_WON).type());
        assertEquals("project = SALES", new KpiSource.JqlCount("project = SALES").parameter());
        assertThrows(IllegalArgumentException.class, () -> new KpiSource.JqlCount("  "));
        assertThrows(IllegalArgumentException.class, () -> new KpiSource.JqlCount("x".repeat(2001)));
        assertTrue(definition("demos", new KpiSource.Manual(), BENCHMARKS).manual());
        assertFalse(definition("demos", new KpiSource.CoachingCompletion(), BENCHMARKS).manual());
    }

    @Test
    public void standardActivitiesAreThreeActiveManualCounts() {
        List<KpiDefinition> standard = KpiDefinition.standardActivities();
        assertEquals(List.of("calls", "meetings", "emails"), standard.stream().map(KpiDefinition::key).toList());
        assertTrue(standard.stream().allMatch(kpi -> kpi.manual() && kpi.active() && kpi.unit() == KpiUnit.COUNT));
        assertEquals("电话", standard.get(0).nameZh());
    }

    @Test
    public void unitsAndDirectionsReadTheirRestKeys() {
        assertEquals(KpiUnit.HOURS, KpiUnit.fromKey(" Hours ").orElseThrow());
        assertTrue(KpiUnit.fromKey("miles").isEmpty());
        assertEquals(KpiDirection.LOWER_IS_BETTER, KpiDirection.fromKey("lower-is-better").orElseThrow());
        assertEquals("higher-is-better", KpiDirection.HIGHER_IS_BETTER.key());
        assertTrue(KpiDirection.fromKey("sideways").isEmpty());
    }

    @Test
    public void entriesAreNonNegativeWithTwoDecimalsAndEqualWhateverTheScale() {
        LocalDate day = LocalDate.of(2026, 5, 14);
        assertEquals(new KpiEntry("calls", "ann", day, new BigDecimal("12")),
                new KpiEntry("calls", "ann", day, new BigDecimal("12.00")));
        assertThrows(IllegalArgumentException.class, () -> new KpiEntry("calls", "ann", day, new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> new KpiEntry("calls", "ann", day, new BigDecimal("0.001")));
    }
}
