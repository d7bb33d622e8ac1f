package com.salesteam.jira.service.review;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Completed coaching actions become the coaching-completion KPI's daily values, which the scorecard then scores. */
public class CoachingServiceTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, CoachActionEntity.class,
            KpiDefEntity.class, KpiEntryEntity.class, AppSettingEntity.class, TeamEntity.class, TeamMemberEntity.class,
            ScoreWeightEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            com.salesteam.jira.store.OnboardTaskEntity.class, com.salesteam.jira.store.OnboardPlanEntity.class,
            com.salesteam.jira.store.OnboardStepEntity.class, com.salesteam.jira.store.RepCoachingEntity.class);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-04T10:00:00Z"));
    private final ScorecardCache cache = mock(ScorecardCache.class);
    private KpiRepository kpis;
    private CoachingService service;
    private com.salesteam.jira.store.OnboardingRepository onboardingStore;
    private com.salesteam.jira.store.RepCoachingRepository repCoaching;

    @Before
    public void setUp() {
        kpis = new KpiRepository(db.ao());
        kpis.createMissing(List.of(
                new KpiDefinition("coaching", "Coaching done", "完成辅导", KpiUnit.COUNT, new KpiSource.CoachingCompletion(),
                        KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, new BigDecimal("2"), KpiRole.MANAGER,
                        new BigDecimal("2")), true),
                new KpiDefinition("calls", "Calls", "电话", KpiUnit.COUNT, new KpiSource.Manual(),
                        KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN),
                        true)));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        onboardingStore = new com.salesteam.jira.store.OnboardingRepository(db.ao());
        repCoaching = new com.salesteam.jira.store.RepCoachingRepository(db.ao());
        com.salesteam.jira.service.cadence.OnboardingPlans onboarding =
                new com.salesteam.jira.service.cadence.OnboardingPlans(onboardingStore, repCoaching,
                        new com.salesteam.jira.store.TeamRepository(db.ao()), new SettingsRepository(db.ao()), () -> { },
                        new com.salesteam.jira.store.StoreTransactions(db.ao()), clock);
        service = new CoachingService(new CoachingRepository(db.ao()), kpis, cache, new SettingsRepository(db.ao()), clock,
                onboarding);
    }

    private static CoachingAction action(long id, String rep, CoachingState state) {
        return new CoachingAction(id, "SALES-" + id, "Discovery", Optional.of(rep), Optional.empty(), "1:1 coaching",
                state, Optional.empty(), Optional.empty());
    }

    private BigDecimal logged(String rep, LocalDate day) {
        return kpis.entries(rep, day, day.plusDays(1)).stream().filter(entry -> entry.kpiKey().equals("coaching"))
                .map(KpiEntry::value).findFirst().orElse(null);
    }

    @Test
    public void anOnboardingTasksCoachingActionReachingDoneOrReopenedMovesItsPersonsProgress() {
        onboardingStore.create(new com.salesteam.jira.model.cadence.OnboardingTemplate("SALES", List.of(
                new com.salesteam.jira.model.cadence.OnboardingTask("Product training", "Training course", 3),
                new com.salesteam.jira.model.cadence.OnboardingTask("Ride along", "Ride-along", 10)))
                .planFor("li.wei", MAY_4));
        onboardingStore.claim("li.wei#1", java.time.Instant.EPOCH);
        onboardingStore.confirm("li.wei#1", 7, "SALES-7");

        service.record(action(7, "li.wei", CoachingState.DONE));
        assertEquals(1, repCoaching.byRep(List.of("li.wei")).get("li.wei").onboardingDone());
        assertEquals(2, repCoaching.byRep(List.of("li.wei")).get("li.wei").onboardingTotal());
        service.record(action(7, "li.wei", CoachingState.VERIFIED));
        assertEquals(1, repCoaching.byRep(List.of("li.wei")).get("li.wei").onboardingDone());
        service.record(action(7, "li.wei", CoachingState.OPEN));
        assertEquals(0, repCoaching.byRep(List.of("li.wei")).get("li.wei").onboardingDone());
        service.record(action(8, "li.wei", CoachingState.DONE));
        assertEquals("an action of no onboarding task changes no progress", 0,
                repCoaching.byRep(List.of("li.wei")).get("li.wei").onboardingDone());
    }

    @Test
    public void completionsOfADayAreCountedIntoTheCoachingKpiAndTheScorecardIsForgotten() {
        service.record(action(1, "li.wei", CoachingState.OPEN));
        assertEquals(null, logged("li.wei", MAY_4));
        verify(cache, never()).forgetPerson("li.wei");

        service.record(action(1, "li.wei", CoachingState.DONE));
        service.record(action(2, "li.wei", CoachingState.DONE));
        assertEquals(0, new BigDecimal("2").compareTo(logged("li.wei", MAY_4)));
        verify(cache, times(2)).forgetPerson("li.wei");
        assertTrue("other KPIs untouched", kpis.entries("li.wei", MAY_4, MAY_4.plusDays(1)).stream()
                .noneMatch(entry -> entry.kpiKey().equals("calls")));
    }

    @Test
    public void verifyingLaterKeepsTheDayAndReopeningOrDeletingTakesTheCompletionBack() {
        service.record(action(1, "li.wei", CoachingState.DONE));
        service.record(action(2, "li.wei", CoachingState.DONE));
        now.set(Instant.parse("2026-05-06T10:00:00Z"));
        service.record(action(1, "li.wei", CoachingState.VERIFIED));
        assertEquals(0, new BigDecimal("2").compareTo(logged("li.wei", MAY_4)));
        assertEquals(null, logged("li.wei", MAY_4.plusDays(2)));

        service.record(action(1, "li.wei", CoachingState.OPEN));
        assertEquals(0, BigDecimal.ONE.compareTo(logged("li.wei", MAY_4)));
        service.delete(2);
        assertEquals(0, BigDecimal.ZERO.compareTo(logged("li.wei", MAY_4)));
    }

    @Test
    public void aRepeatedEventChangesNothing() {
        service.record(action(1, "li.wei", CoachingState.DONE));
        service.record(action(1, "li.wei", CoachingState.DONE));
        verify(cache, times(1)).forgetPerson("li.wei");
        assertEquals(0, BigDecimal.ONE.compareTo(logged("li.wei", MAY_4)));
    }

    @Test
    public void theScorecardScoresTheCoachingKpiFromTheCountedCompletions() {
        TeamRepository teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("East", "", Optional.empty(), Optional.of("boss"), List.of("li.wei")));
        ScorecardRepository weights = new ScorecardRepository(db.ao());
        weights.replace(List.of(new Scorecard(KpiRole.REP, List.of(new ScorecardWeight("coaching",
                new BigDecimal("100"), Optional.empty())))));
        service.record(action(1, "li.wei", CoachingState.DONE));
        service.record(action(2, "li.wei", CoachingState.DONE));
        service.record(action(3, "li.wei", CoachingState.DONE));

        RepScorecardLoader loader = new RepScorecardLoader(kpis, weights, new DealLedger(db.ao()),
                new MemoryDaySumsCache(new DealLedger(db.ao())), teams,
                new SettingsRepository(db.ao()));
        ScoreLine line = loader.load("li.wei", MAY_4, loader.rules()).score().lines().get(0);
        assertEquals(ScoreLine.Status.SCORED, line.status());
        assertEquals(0, new BigDecimal("3").compareTo(line.actual().orElseThrow()));
        assertEquals("3 done against 2 a month × 3 months", 0, new BigDecimal("6").compareTo(line.benchmark()));
    }
}
