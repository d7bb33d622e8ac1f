package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** JQL-count KPIs measured on schedule, over a real database, with Jira's search played by a table of counts. */
@RunWith(Parameterized.class)
public class KpiJqlEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String CLOSED_TASKS = "assignee = currentUser() AND resolved >= startOfDay()";

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final Map<String, Long> counts = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private KpiRepository kpis;
    private KpiJqlEvaluation evaluation;

    public KpiJqlEvaluationTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                KpiDefEntity.class, KpiEntryEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        kpis.createMissing(KpiDefinition.standardActivities());
        kpis.create(jqlKpi("tasks-closed", CLOSED_TASKS, true));
        kpis.create(jqlKpi("old-count", "project = OLD", false));
        teams.create(new TeamDraft("East", "", Optional.empty(), Optional.of("boss"), List.of("ann", "bob")));
        teams.create(new TeamDraft("West", "", Optional.empty(), Optional.empty(), List.of("bob", "carl")));
        JqlCounter counter = (userKey, jql) -> {
            asked.add(userKey + ":" + jql);
            if (userKey.equals("broken")) {
                throw new IllegalStateException("search down for this one");
            }
            return counts.containsKey(userKey) ? OptionalLong.of(counts.get(userKey)) : OptionalLong.empty();
        };
        evaluation = new KpiJqlEvaluation(kpis, teams, new SettingsRepository(db.ao()), counter, scorecards,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static KpiDefinition jqlKpi(String key, String jql, boolean active) {
        return new KpiDefinition(key, "Tasks closed", "已关闭任务", KpiUnit.COUNT, new KpiSource.JqlCount(jql),
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                active);
    }

    private Optional<BigDecimal> today(String userKey) {
        return kpis.entries(userKey, TODAY, TODAY.plusDays(1)).stream()
                .filter(entry -> entry.kpiKey().equals("tasks-closed")).map(KpiEntry::value).findFirst();
    }

    @Test
    public void everyoneInATeamGetsTodaysCountOfEachActiveJqlKpiAsThemselves() {
        counts.putAll(Map.of("ann", 3L, "bob", 0L, "carl", 7L, "boss", 1L));
        scorecards.get("ann", TODAY);

        KpiJqlEvaluation.Run run = evaluation.evaluate(() -> false);

        assertEquals(new KpiJqlEvaluation.Run(4, 0, true), run);
        assertEquals("each person once (bob is in two teams), the inactive KPI never",
                List.of("ann:" + CLOSED_TASKS, "bob:" + CLOSED_TASKS, "boss:" + CLOSED_TASKS, "carl:" + CLOSED_TASKS),
                asked);
        assertEquals(Optional.of(new BigDecimal("3.00")), today("ann"));
        assertEquals(Optional.of(new BigDecimal("0.00")), today("bob"));
        assertEquals(Optional.of(new BigDecimal("7.00")), today("carl"));
        assertFalse("a new count makes the scorecard computed afresh", scorecards.holds("ann"));
    }

    @Test
    public void aLaterRunReplacesTodaysCountAndAFailedPersonKeepsTheirs() {
        counts.putAll(Map.of("ann", 3L, "bob", 4L, "carl", 7L, "boss", 1L));
        evaluation.evaluate(() -> false);
        counts.put("ann", 5L);
        counts.remove("carl");

        KpiJqlEvaluation.Run run = evaluation.evaluate(() -> false);

        assertEquals(new KpiJqlEvaluation.Run(3, 1, true), run);
        assertEquals(Optional.of(new BigDecimal("5.00")), today("ann"));
        assertEquals("carl could not be counted: this morning's count stays", Optional.of(new BigDecimal("7.00")),
                today("carl"));
        assertEquals(1, kpis.entries("ann", TODAY, TODAY.plusDays(1)).size());
    }

    @Test
    public void aPersonWhoseSearchFailsIsSkippedAndTheRunGoesOn() {
        new TeamRepository(db.ao()).create(new TeamDraft("Odd", "", Optional.empty(), Optional.empty(),
                List.of("broken", "zed")));
        counts.putAll(Map.of("ann", 1L, "bob", 1L, "carl", 1L, "boss", 1L, "zed", 2L));

        KpiJqlEvaluation.Run run = evaluation.evaluate(() -> false);

        assertEquals(new KpiJqlEvaluation.Run(5, 1, true), run);
        assertEquals(Optional.of(new BigDecimal("2.00")), today("zed"));
        assertTrue(today("broken").isEmpty());
    }

    @Test
    public void aCancelledRunStopsBeforeItsNextBatchAndNoJqlKpisMeansNoSearch() {
        assertEquals(new KpiJqlEvaluation.Run(0, 0, false), evaluation.evaluate(() -> true));
        assertTrue(asked.isEmpty());

        kpis.update(jqlKpi("tasks-closed", CLOSED_TASKS, false));
        assertEquals(new KpiJqlEvaluation.Run(0, 0, true), evaluation.evaluate(() -> false));
        assertTrue(asked.isEmpty());
    }
}
