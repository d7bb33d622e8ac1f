package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.StoreTransactions;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The onboarding job's work on real SQL: each pending step's Coaching Action created once, failures retried. */
public class OnboardingRunTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 11, 2);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 10)));

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class, RepCoachingEntity.class);

    /** Jira as the run sees it: records what it was asked to create, refuses whom it is told to. */
    private final List<String> created = new ArrayList<>();
    private final Set<String> refusedPeople = new HashSet<>();
    private OnboardingRepository store;
    private TeamRepository teams;
    private final ClaimRecovery recovery = new ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(),
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-20T09:00:00Z"), java.time.ZoneOffset.UTC));

    private final OnboardingIssues jira = (step, reporter, marker) -> {
        if (refusedPeople.contains(step.repKey())) {
            throw new IllegalStateException("Jira refused the coaching action: assignee: cannot be assigned");
        }
        created.add(step.naturalKey() + " by " + reporter + " due " + step.due());
        return new OnboardingIssues.Created(1_000 + created.size(), "SALES-" + created.size());
    };

    private OnboardingLinks links() {
        return new OnboardingLinks(store, new RepCoachingRepository(db.ao()), new StoreTransactions(db.ao()));
    }

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("District", "", Optional.of(region), Optional.empty(), List.of("ann", "bob")));
        store = new OnboardingRepository(db.ao());
    }

    @Test
    public void eachStepGetsItsIssueOnceAsTheManagerUpTheTreeAndARerunCreatesNone() {
        store.create(TEMPLATE.planFor("ann", JOINED));

        OnboardingRun.Outcome first = new OnboardingRun(store, teams, jira, recovery, links()).run(() -> false);
        OnboardingRun.Outcome second = new OnboardingRun(store, teams, jira, recovery, links()).run(() -> false);

        assertEquals(new OnboardingRun.Outcome(2, 0, 0, true), first);
        assertEquals(new OnboardingRun.Outcome(0, 0, 0, true), second);
        assertEquals(List.of("ann#0 by vp due 2026-11-05", "ann#1 by vp due 2026-11-12"), created);
        assertEquals(List.of(Optional.of("SALES-1"), Optional.of("SALES-2")), store.plan("ann").orElseThrow().steps()
                .stream().map(OnboardingStep::issueKey).toList());
        assertTrue(store.plan("ann").orElseThrow().steps().stream()
                .allMatch(step -> step.state() == OnboardingStep.State.CREATED));
    }

    @Test
    public void aRefusedStepIsReleasedAndTriedAgainNextRunWhileOthersGoOn() {
        store.create(TEMPLATE.planFor("ann", JOINED));
        store.create(TEMPLATE.planFor("bob", JOINED));
        refusedPeople.add("bob");

        assertEquals(new OnboardingRun.Outcome(2, 0, 2, true), new OnboardingRun(store, teams, jira, recovery, links()).run(() -> false));
        assertEquals(2, store.pending(10).size());

        refusedPeople.clear();
        assertEquals(new OnboardingRun.Outcome(2, 0, 0, true), new OnboardingRun(store, teams, jira, recovery, links()).run(() -> false));
        assertEquals(List.of(), store.pending(10));
    }

    @Test
    public void aStepClaimedByARunThatCrashedIsNotCreatedAgainWhileItsClaimIsFresh() {
        store.create(TEMPLATE.planFor("ann", JOINED));
        store.claim("ann#0", java.time.Instant.parse("2026-11-20T08:00:00Z"));

        assertEquals(new OnboardingRun.Outcome(1, 0, 0, true), new OnboardingRun(store, teams, jira, recovery, links()).run(() -> false));
        assertEquals(List.of("ann#1 by vp due 2026-11-12"), created);
    }

    @Test
    public void theReporterIsTheNearestManagerElseThePersonNeverThemselfAsTheirOwnManager() {
        teams.create(new TeamDraft("Solo", "", Optional.empty(), Optional.of("zoe"), List.of("zoe", "yan")));
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());

        assertEquals("vp", OnboardingRun.reporter(hierarchy, "ann"));
        assertEquals("zoe", OnboardingRun.reporter(hierarchy, "yan"));
        assertEquals("zoe", OnboardingRun.reporter(hierarchy, "zoe"));
        assertEquals("nobody", OnboardingRun.reporter(hierarchy, "nobody"));
    }
}
