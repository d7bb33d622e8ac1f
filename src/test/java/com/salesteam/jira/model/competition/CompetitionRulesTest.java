package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CompetitionRulesTest {

    private static CompetitionDraft draft(String name, String metric, String start, String end, List<Long> teams,
                                          List<String> people, String scoring, List<String> prizes) {
        return new CompetitionDraft(name, "Sell more", metric, start, end, teams, people, scoring, prizes);
    }

    private static Map<String, String> problems(CompetitionDraft draft) {
        CompetitionRules.Checked checked = CompetitionRules.check(draft);
        assertTrue(checked.terms().isEmpty());
        return checked.problems().stream().collect(Collectors.toMap(CompetitionProblem::field,
                CompetitionProblem::messageKey, (a, b) -> a));
    }

    @Test
    public void aValidDraftBecomesTermsWithBlankPrizeLinesDroppedAndAbsoluteScoringByDefault() {
        CompetitionRules.Checked checked = CompetitionRules.check(draft("  Spring push ", "deals-won", "2026-04-01",
                "2026-05-31", List.of(3L, 3L), List.of("bob", "bob"), "", List.of("Trip", "", "Dinner ")));

        CompetitionTerms terms = checked.terms().orElseThrow();
        assertEquals("Spring push", terms.name());
        assertEquals(LeaderboardMetric.DEALS_WON, terms.metric());
        assertEquals(Scoring.ABSOLUTE, terms.scoring());
        assertEquals(LocalDate.of(2026, 5, 31), terms.end());
        assertEquals(List.of(3L), terms.teamIds());
        assertEquals(List.of("bob"), terms.people());
        assertEquals(List.of("Trip", "Dinner"), terms.prizes());
        assertEquals(2, terms.winningPlaces());
        assertEquals("Dinner", terms.prizeFor(2));
        assertEquals("", terms.prizeFor(3));
    }

    @Test
    public void everyBadFieldIsNamed() {
        Map<String, String> problems = problems(draft(" ", "gross-margin", "2026-04-02", "2026-05-30", List.of(),
                List.of(), "luck", List.of("x".repeat(201))));

        assertEquals("salesteam.error.competition.name.required", problems.get("name"));
        assertEquals("salesteam.error.competition.metric", problems.get("metric"));
        assertEquals("salesteam.error.competition.scoring", problems.get("scoring"));
        assertEquals("salesteam.error.competition.participants", problems.get("participants"));
        assertEquals("salesteam.error.competition.toolong", problems.get("prizes[0]"));
    }

    @Test
    public void anEndBeforeTheStartIsRefused() {
        assertEquals("salesteam.error.competition.end.before", problems(draft("A", "revenue-won", "2026-06-01",
                "2026-05-31", List.of(1L), List.of(), "absolute", List.of())).get("end"));
        assertEquals("salesteam.error.competition.date", problems(draft("A", "revenue-won", "2026-13-01",
                "", List.of(1L), List.of(), "absolute", List.of())).get("start"));
        assertEquals("salesteam.error.competition.date.required", problems(draft("A", "revenue-won", "2026-06-01",
                "", List.of(1L), List.of(), "absolute", List.of())).get("end"));
    }

    @Test
    public void tooLongTextsAndTooManyPrizesAreRefused() {
        Map<String, String> problems = problems(new CompetitionDraft("n".repeat(101), "d".repeat(2001), "revenue-won",
                "2026-06-01", "2026-06-30", List.of(), List.of("", "k".repeat(256)), "absolute",
                Collections.nCopies(11, "Mug")));

        assertEquals("salesteam.error.competition.toolong", problems.get("name"));
        assertEquals("salesteam.error.competition.toolong", problems.get("description"));
        assertEquals("salesteam.error.competition.person", problems.get("people[0]"));
        assertEquals("salesteam.error.competition.person", problems.get("people[1]"));
        assertEquals("salesteam.error.competition.prizes.many", problems.get("prizes"));
    }

    @Test
    public void percentOfQuotaIsAScoringAndWeightedPipelineHasNoTarget() {
        assertEquals("salesteam.error.competition.metric.percent", problems(draft("A", "percent-of-quota",
                "2026-06-01", "2026-06-30", List.of(1L), List.of(), "", List.of())).get("metric"));
        assertEquals("salesteam.error.competition.scoring.notarget", problems(draft("A", "weighted-pipeline",
                "2026-06-01", "2026-06-30", List.of(1L), List.of(), "percent-of-target", List.of())).get("scoring"));
        assertEquals(Scoring.PERCENT_OF_TARGET, CompetitionRules.check(draft("A", "revenue-won", "2026-06-01",
                "2026-06-30", List.of(), List.of("ann"), "percent-of-target", List.of())).terms().orElseThrow().scoring());
    }

    @Test
    public void boardOnlyMetricsAreNoCompetitionMetric() {
        // competitions score no new pipeline yet, and a scorecard has no day values
        for (String metric : List.of("new-pipeline", "scorecard")) {
            assertEquals(metric, "salesteam.error.competition.metric", problems(draft("A", metric, "2026-06-01",
                    "2026-06-30", List.of(1L), List.of(), "absolute", List.of())).get("metric"));
        }
    }

    @Test
    public void aWindowIsAnyDaysUpToAYear() {
        CompetitionTerms blitz = CompetitionRules.check(draft("Blitz", "deals-won", "2026-05-13", "2026-05-19",
                List.of(1L), List.of(), "", List.of())).terms().orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 13), blitz.start());
        assertEquals(7, blitz.lengthInDays());
        assertEquals("a single day", 1, CompetitionRules.check(draft("Day", "deals-won", "2026-05-13", "2026-05-13",
                List.of(1L), List.of(), "", List.of())).terms().orElseThrow().lengthInDays());
        assertEquals("a leap year's 366 days", 366, CompetitionRules.check(draft("Year", "revenue-won", "2028-01-01",
                "2028-12-31", List.of(1L), List.of(), "", List.of())).terms().orElseThrow().lengthInDays());

        Map<String, String> tooLong = problems(draft("Long", "revenue-won", "2026-01-01", "2027-01-02", List.of(1L),
                List.of(), "", List.of()));
        assertEquals("salesteam.error.competition.days", tooLong.get("end"));
        assertEquals(1, tooLong.size());
    }

    private static final Map<String, KpiDefinition> KPIS = Map.of(
            "calls", kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true),
            "slips", kpi("slips", new KpiSource.JqlCount("labels = slipped"), KpiDirection.LOWER_IS_BETTER, true),
            "old", kpi("old", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false),
            "newpipe", kpi("newpipe", new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                    true),
            "won", kpi("won", new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER, true));

    private static KpiDefinition kpi(String key, KpiSource source, KpiDirection direction, boolean active) {
        return new KpiDefinition(key, key, key, KpiUnit.COUNT, source, direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), active);
    }

    private static CompetitionRules.Checked onKpi(String metric, String scoring) {
        return CompetitionRules.check(draft("Blitz", metric, "2026-05-13", "2026-05-19", List.of(1L), List.of(),
                scoring, List.of()), KPIS);
    }

    @Test
    public void aKpiTheLeaderboardsRankKeepsItsKeyAndDirection() {
        CompetitionTerms calls = onKpi("kpi:calls", "").terms().orElseThrow();
        assertEquals(LeaderboardMetric.KPI, calls.metric());
        assertEquals(Optional.of(new CompetitionKpi("calls", false)), calls.kpi());
        assertEquals("kpi:calls", calls.metricKey());

        CompetitionTerms slips = onKpi(" KPI:slips ", "percent-of-target").terms().orElseThrow();
        assertEquals(Optional.of(new CompetitionKpi("slips", true)), slips.kpi());
        assertTrue(slips.ascending());
        assertEquals("a KPI is scored on target against its KPI quotas", Scoring.PERCENT_OF_TARGET, slips.scoring());

        CompetitionTerms won = onKpi("kpi:won", "").terms().orElseThrow();
        assertEquals("a deal KPI is its deal metric", LeaderboardMetric.DEALS_WON, won.metric());
        assertEquals(Optional.empty(), won.kpi());
        assertEquals("deals-won", won.metricKey());
    }

    @Test
    public void unknownRetiredUnrankedOrUnknownToTheCheckKpisAreRefusedOnMetric() {
        for (String metric : List.of("kpi:nope", "kpi:old", "kpi:newpipe", "kpi:", "kpi")) {
            CompetitionRules.Checked checked = onKpi(metric, "");
            assertTrue(metric, checked.terms().isEmpty());
            assertEquals(metric, "metric", checked.problems().get(0).field());
        }
        assertEquals("salesteam.error.competition.kpi", onKpi("kpi:old", "").problems().get(0).messageKey());
        assertEquals("without the KPIs given, none is known", "salesteam.error.competition.kpi",
                problems(draft("A", "kpi:calls", "2026-05-13", "2026-05-19", List.of(1L), List.of(), "", List.of()))
                        .get("metric"));
        assertEquals("a scorecard has no day values", "salesteam.error.competition.metric", problems(draft("A",
                "scorecard", "2026-05-13", "2026-05-19", List.of(1L), List.of(), "", List.of())).get("metric"));
    }
}
