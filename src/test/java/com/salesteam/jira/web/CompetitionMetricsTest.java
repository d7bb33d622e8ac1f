package com.salesteam.jira.web;

import com.salesteam.jira.model.competition.CompetitionKpi;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CompetitionMetricsTest {

    private static KpiDefinition kpi(String key, KpiSource source, KpiDirection direction) {
        return new KpiDefinition(key, "Name of " + key, key + "的名称", KpiUnit.COUNT, source, direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), true);
    }

    private static CompetitionMetrics metrics(Locale locale) {
        return new CompetitionMetrics(new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
                "calls", kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER),
                "won", kpi("won", new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.LOWER_IS_BETTER)),
                Map.of()), (user, day, rules) -> {
                    throw new AssertionError("no scorecard is read");
                }), new PropertiesTranslator(locale));
    }

    private static CompetitionTerms on(String kpiKey, boolean lowerIsBetter) {
        return new CompetitionTerms("Blitz", "", LeaderboardMetric.KPI, Scoring.ABSOLUTE, LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 17), List.of(1L), List.of(), List.of(),
                Optional.of(new CompetitionKpi(kpiKey, lowerIsBetter)));
    }

    @Test
    public void theDealMetricsComeFirstThenTheKpisByKeyADealKpiSayingItsDirectionToo() {
        assertEquals(List.of("revenue-won", "deals-won", "weighted-pipeline", "kpi:calls", "kpi:won"),
                metrics(Locale.ENGLISH).options().stream().map(GadgetOption::getValue).toList());
        assertEquals("it ranks lowest first in competitions too", "KPI: Name of won (lower is better)",
                metrics(Locale.ENGLISH).options().get(4).getLabel());
        assertEquals("KPI 指标：calls的名称", metrics(Locale.SIMPLIFIED_CHINESE).options().get(3).getLabel());
    }

    @Test
    public void aSavedCompetitionIsNamedByItsKpiAndARemovedKpiByItsKey() {
        assertEquals("KPI: Name of calls", metrics(Locale.ENGLISH).label(on("calls", false)));
        assertEquals("KPI: gone (lower is better)", metrics(Locale.ENGLISH).label(on("gone", true)));
        assertEquals("Deals won", metrics(Locale.ENGLISH).label(new CompetitionTerms("Sprint", "",
                LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                List.of(1L), List.of(), List.of())));
        assertEquals("Deals won (lower is better)", metrics(Locale.ENGLISH).label(new CompetitionTerms("Sprint", "",
                LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                List.of(1L), List.of(), List.of(), Optional.empty(), true)));
    }

    @Test
    public void aSavedMetricNoLongerOfferedIsAddedAsNoLongerInUseAndAnOfferedOneIsNotRepeated() {
        List<GadgetOption> options = metrics(Locale.ENGLISH).options(Optional.of(on("gone", false)));
        assertEquals("kpi:gone", options.get(options.size() - 1).getValue());
        assertEquals("KPI: gone (no longer in use)", options.get(options.size() - 1).getLabel());
        List<String> offered = metrics(Locale.ENGLISH).options().stream().map(GadgetOption::getValue).toList();
        assertEquals(offered, metrics(Locale.ENGLISH).options(Optional.of(on("calls", false))).stream()
                .map(GadgetOption::getValue).toList());
        assertEquals(offered, metrics(Locale.ENGLISH).options(Optional.empty()).stream()
                .map(GadgetOption::getValue).toList());
    }
}
