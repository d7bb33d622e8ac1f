package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.StoreTransactions;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryClaimMarkers;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The onboarding job after a crash and against a Jira that keeps refusing a step, on real SQL: an old claim is
 * completed once or linked to the issue found by its marker, a fresh one left alone; a refused step is tried a
 * bounded number of runs, then failed with Jira's reason until an admin retries it.
 */
public class OnboardingRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate JOINED = LocalDate.of(2026, 11, 2);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 10)));

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class, RepCoachingEntity.class);

    private final MemoryClaimMarkers markers = new MemoryClaimMarkers();
    private final List<String> created = new ArrayList<>();
    private String refusedStep = "";
    private OnboardingRepository store;
    private TeamRepository teams;

    /** False as a Jira whose field configuration hides Labels: the create call then leaves the marker off. */
    private boolean labelsOnCreate = true;

    private final OnboardingIssues jira = (step, reporter, marker) -> {
        if (step.naturalKey().equals(refusedStep)) {
            throw new IllegalStateException("Jira refused the coaching action: assignee: <b>ann</b> cannot be assigned");
        }
        created.add(step.naturalKey());
        long id = 1_000 + created.size();
        if (labelsOnCreate) {
            markers.existing(marker, id, "SALES-" + created.size());
        }
        return new OnboardingIssues.Created(id, "SALES-" + created.size());
    };

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        store = new OnboardingRepository(db.ao());
        store.create(TEMPLATE.planFor("ann", JOINED));
    }

    private OnboardingRun.Outcome run(Instant at) {
        return run(at, store);
    }

    private OnboardingRun.Outcome run(Instant at, OnboardingRepository steps) {
        return new OnboardingRun(steps, teams, jira, new ClaimRecovery(markers, Clock.fixed(at, ZoneOffset.UTC)),
                new OnboardingLinks(store, new RepCoachingRepository(db.ao()), new StoreTransactions(db.ao())))
                .run(() -> false);
    }

    private OnboardingStep step(int position) {
        return store.plan("ann").orElseThrow().steps().stream().filter(step -> step.position() == position)
                .findFirst().orElseThrow();
    }

    @Test
    public void aStepClaimedOverSixHoursAgoThatTwoSearchesMissIsCreatedOnce() {
        store.claim("ann#0", NOW.minusSeconds(7 * 3600));

        assertEquals(new OnboardingRun.Outcome(1, 0, 0, true), run(NOW));
        assertEquals("a first miss releases nothing", OnboardingStep.State.CLAIMED, step(0).state());
        assertEquals(new OnboardingRun.Outcome(1, 0, 0, true), run(NOW.plus(ClaimRecovery.RECHECK)));
        assertEquals(new OnboardingRun.Outcome(0, 0, 0, true), run(NOW.plusSeconds(20 * 3600)));

        assertEquals(List.of("ann#1", "ann#0"), created);
        assertEquals(OnboardingStep.State.CREATED, step(0).state());
        assertEquals(Optional.of("SALES-2"), step(0).issueKey());
        assertEquals("vp", markers.markedBy(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "ann#0")));
    }

    @Test
    public void aStepFromBeforeClaimTimesWhoseIssueHasNoMarkerIsNeverCreatedAgain() {
        store.claim("ann#0", NOW.minusSeconds(7 * 3600));
        db.engine().withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("UPDATE " + db.engine().tableName(OnboardStepEntity.class)
                        + " SET CLAIMED_AT = NULL");
            }
        });

        for (int hours = 0; hours <= 24; hours += 6) {
            run(NOW.plusSeconds(hours * 3600L));
        }

        assertEquals(List.of("ann#1"), created);
        assertEquals(OnboardingStep.State.CLAIMED, step(0).state());
    }

    @Test
    public void anIssueWhoseMarkerCouldNotBePutOnAndWhoseClaimWasNotRecordedIsNeverCreatedAgain() {
        labelsOnCreate = false;
        markers.markFails(1);
        boolean[] confirmFailed = new boolean[1];
        OnboardingRepository failingOnce = new OnboardingRepository(db.ao()) {
            @Override
            public void confirm(String stepKey, long issueId, String issueKey) {
                if (!confirmFailed[0]) {
                    confirmFailed[0] = true;
                    throw new IllegalStateException("database down");
                }
                super.confirm(stepKey, issueId, issueKey);
            }
        };

        run(NOW, failingOnce);
        for (int hours = 7; hours <= 31; hours += 6) {
            run(NOW.plusSeconds(hours * 3600L));
        }

        assertEquals("one issue per step", List.of("ann#0", "ann#1"), created);
        assertEquals(OnboardingStep.State.CLAIMED, step(0).state());
        assertEquals(OnboardingStep.State.CREATED, step(1).state());
    }

    @Test
    public void anIssueTheCreateCallLabelledIsLinkedAfterItsClaimWasNotRecorded() {
        boolean[] confirmFailed = new boolean[1];
        OnboardingRepository failingOnce = new OnboardingRepository(db.ao()) {
            @Override
            public void confirm(String stepKey, long issueId, String issueKey) {
                if (!confirmFailed[0]) {
                    confirmFailed[0] = true;
                    throw new IllegalStateException("database down");
                }
                super.confirm(stepKey, issueId, issueKey);
            }
        };

        run(NOW, failingOnce);
        run(NOW.plusSeconds(7 * 3600));

        assertEquals(List.of("ann#0", "ann#1"), created);
        assertEquals(Optional.of("SALES-1"), step(0).issueKey());
    }

    @Test
    public void aLinkedCoachingActionAlreadyDoneMarksItsStepDoneAndCountsTheProgress() {
        store.claim("ann#0", NOW.minusSeconds(7 * 3600));
        markers.existing(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "ann#0"), 500L, "SALES-500", true);

        run(NOW);

        assertTrue(step(0).done());
        assertFalse(step(1).done());
        RepCoaching ann = new RepCoachingRepository(db.ao()).byRep(List.of("ann")).get("ann");
        assertEquals(1, ann.onboardingDone());
        assertEquals(2, ann.onboardingTotal());
    }

    @Test
    public void aStepWhoseIssueJiraMadeBeforeTheCrashIsLinkedNotCreatedAgain() {
        store.claim("ann#0", NOW.minusSeconds(7 * 3600));
        markers.existing(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "ann#0"), 500L, "SALES-500");

        assertEquals(new OnboardingRun.Outcome(1, 0, 0, true), run(NOW));

        assertEquals(List.of("ann#1"), created);
        assertEquals(OnboardingStep.State.CREATED, step(0).state());
        assertEquals(Optional.of("SALES-500"), step(0).issueKey());
    }

    @Test
    public void aFreshClaimIsLeftAlone() {
        store.claim("ann#0", NOW.minusSeconds(3600));

        run(NOW);

        assertEquals(List.of("ann#1"), created);
        assertEquals(OnboardingStep.State.CLAIMED, step(0).state());
    }

    @Test
    public void aStepJiraKeepsRefusingIsTriedFiveRunsThenFailedWithTheReasonUntilAnAdminRetriesIt() {
        refusedStep = "ann#0";
        for (int attempt = 1; attempt < OnboardingStep.MAX_ATTEMPTS; attempt++) {
            run(NOW);
            assertEquals("still tried after " + attempt, OnboardingStep.State.PENDING, step(0).state());
        }
        assertEquals(new OnboardingRun.Outcome(0, 0, 1, true), run(NOW));
        assertEquals(OnboardingStep.State.FAILED, step(0).state());
        assertEquals(Optional.of("Jira refused the coaching action: assignee: <b>ann</b> cannot be assigned"),
                step(0).failure());

        assertEquals("a failed step is not tried again", new OnboardingRun.Outcome(0, 0, 0, true), run(NOW));

        refusedStep = "";
        assertFalse("only a failed step is retried", store.retry("ann", 1));
        assertTrue(store.retry("ann", 0));
        assertEquals(OnboardingStep.State.PENDING, step(0).state());
        assertEquals(Optional.empty(), step(0).failure());
        assertEquals(new OnboardingRun.Outcome(1, 0, 0, true), run(NOW));
        assertEquals(List.of("ann#1", "ann#0"), created);
    }

    @Test
    public void aLongReasonIsCutToTheColumn() {
        refusedStep = "ann#0";
        OnboardingIssues verbose = (step, reporter, marker) -> {
            throw new IllegalStateException("x".repeat(400));
        };
        new OnboardingRun(store, teams, verbose, new ClaimRecovery(markers, Clock.fixed(NOW, ZoneOffset.UTC)),
                new OnboardingLinks(store, new RepCoachingRepository(db.ao()), new StoreTransactions(db.ao())))
                .run(() -> false);

        assertEquals(255, step(0).failure().orElseThrow().length());
    }
}
