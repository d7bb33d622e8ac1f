package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.GroupDirectory;
import com.salesteam.jira.service.TeamGroupSync;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.EveryoneUsers;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Onboarding plans made through the real teams service and group sync on real SQL: one plan per newcomer however
 * often they are added, none for someone moving between teams, progress written to the gadget's row.
 */
public class OnboardingPlansTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 10)));

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class, RepCoachingEntity.class);

    private final AtomicInteger triggered = new AtomicInteger();
    private final Map<String, List<String>> groupMembers = new HashMap<>();
    private OnboardingRepository onboarding;
    private RepCoachingRepository repCoaching;
    private TeamRepository teamRepository;
    private OnboardingPlans plans;
    private TeamService teams;
    private TeamGroupSync groupSync;

    @Before
    public void setUp() {
        new SettingsRepository(db.ao()).saveFiscalCalendar(com.salesteam.jira.model.FiscalCalendar.DEFAULT);
        onboarding = new OnboardingRepository(db.ao());
        repCoaching = new RepCoachingRepository(db.ao());
        teamRepository = new TeamRepository(db.ao());
        plans = new OnboardingPlans(onboarding, repCoaching, teamRepository, new SettingsRepository(db.ao()),
                triggered::incrementAndGet, new com.salesteam.jira.store.StoreTransactions(db.ao()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        GroupDirectory groups = new GroupDirectory() {
            @Override
            public boolean exists(String groupName) {
                return groupMembers.containsKey(groupName);
            }

            @Override
            public Optional<List<String>> activeMemberKeys(String groupName) {
                return Optional.ofNullable(groupMembers.get(groupName));
            }
        };
        groupSync = new TeamGroupSync(teamRepository, groups, MemoryAttainmentCache.empty(),
                MemoryScorecardCache.empty(), new MemoryTeamTreeCache(teamRepository), Clock.fixed(NOW, ZoneOffset.UTC), plans);
        UserDirectory users = new EveryoneUsers();
        teams = new TeamServiceImpl(teamRepository, users,
                () -> Optional.of(new Caller("admin", "Admin", true)), MemoryAttainmentCache.empty(),
                MemoryScorecardCache.empty(), new MemoryTeamTreeCache(teamRepository), groups, groupSync, plans);
        onboarding.saveTemplate(TEMPLATE);
    }

    private static TeamDraft team(String name, String... members) {
        return new TeamDraft(name, "", Optional.empty(), Optional.of("boss"), List.of(members));
    }

    @Test
    public void aPersonAddedTwiceGetsOnePlanWithEveryStepPendingAndTheJobAskedOnce() {
        Team emea = teams.create(team("EMEA", "ann"));
        teams.update(emea.id(), team("EMEA"));
        teams.update(emea.id(), team("EMEA", "ann"));

        OnboardingPlan plan = onboarding.plan("ann").orElseThrow();
        assertEquals(TEMPLATE.planFor("ann", TODAY), plan);
        assertEquals(1, db.ao().count(OnboardPlanEntity.class));
        assertEquals(2, db.ao().count(OnboardStepEntity.class));
        assertEquals(1, triggered.get());
        assertEquals(new RepCoaching("ann", 0, Optional.empty(), 0, 2), repCoaching.byRep(List.of("ann")).get("ann"));
    }

    @Test
    public void someoneMovingOrAddedToASecondTeamIsNoNewcomer() {
        Team emea = teams.create(team("EMEA", "ann", "bob"));
        db.ao().deleteWithSQL(OnboardStepEntity.class, "REP_KEY = ?", "bob");
        db.ao().deleteWithSQL(OnboardPlanEntity.class, "REP_KEY = ?", "bob");
        Team apac = teams.create(team("APAC", "bob"));
        teams.update(emea.id(), team("EMEA", "ann"));

        assertEquals("bob was in EMEA when added to APAC", Optional.empty(), onboarding.plan("bob"));
        assertTrue(onboarding.plan("ann").isPresent());
        assertEquals(List.of("bob"), teamRepository.findById(apac.id()).orElseThrow().memberKeys());
    }

    @Test
    public void theGroupSyncMakesThePlansOfWhomItBringsInOnce() {
        groupMembers.put("emea-sales", new ArrayList<>(List.of("cy")));
        Team synced = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of(),
                Optional.of("emea-sales")));
        groupMembers.get("emea-sales").add("dora");
        groupSync.syncAll(() -> false);
        groupSync.syncAll(() -> false);

        assertEquals(List.of("cy", "dora"), teamRepository.findById(synced.id()).orElseThrow().memberKeys());
        assertEquals(2, db.ao().count(OnboardPlanEntity.class));
        assertEquals(TEMPLATE.planFor("dora", TODAY), onboarding.plan("dora").orElseThrow());
        assertEquals(2, triggered.get());
    }

    @Test
    public void aTemplateWithoutTasksOrProjectMakesNoPlan() {
        onboarding.saveTemplate(new OnboardingTemplate("", List.of()));
        teams.create(team("EMEA", "ann"));

        assertEquals(0, db.ao().count(OnboardPlanEntity.class));
        assertEquals(0, triggered.get());
    }

    @Test
    public void progressFollowsTheStepsIssuesAndOtherIssuesChangeNothing() {
        teams.create(team("EMEA", "ann"));
        onboarding.claim("ann#0", java.time.Instant.EPOCH);
        onboarding.confirm("ann#0", 501, "SALES-501");

        plans.coachingChanged(501, true);
        assertEquals(1, repCoaching.byRep(List.of("ann")).get("ann").onboardingDone());
        plans.coachingChanged(777, true);
        assertEquals(1, repCoaching.byRep(List.of("ann")).get("ann").onboardingDone());
        plans.coachingChanged(501, false);
        assertEquals(0, repCoaching.byRep(List.of("ann")).get("ann").onboardingDone());
        assertEquals(OnboardingStep.State.CREATED, onboarding.plan("ann").orElseThrow().steps().get(0).state());
    }

    @Test
    public void aFailingStoreNeverFailsTheTeamChange() {
        OnboardingPlans broken = new OnboardingPlans(onboarding, repCoaching, teamRepository,
                new SettingsRepository(db.ao()), () -> {
                    throw new IllegalStateException("scheduler down");
                }, new com.salesteam.jira.store.StoreTransactions(db.ao()), Clock.fixed(NOW, ZoneOffset.UTC));

        broken.added(1, List.of("erin"));

        assertTrue("the plan was written before the trigger failed", onboarding.plan("erin").isPresent());
    }
}
