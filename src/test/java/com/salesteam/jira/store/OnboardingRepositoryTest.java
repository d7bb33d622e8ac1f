package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The onboarding store on real SQL: the template, one plan per person, the steps' claims and their progress. */
@RunWith(Parameterized.class)
public class OnboardingRepositoryTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 11, 2);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 10),
            new OnboardingTask("<script>alert(1)</script>", "Mentoring", 20)));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private OnboardingRepository onboarding;

    public OnboardingRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, OnboardTaskEntity.class, OnboardPlanEntity.class,
                OnboardStepEntity.class, AppSettingEntity.class);
    }

    @Before
    public void createRepository() {
        onboarding = new OnboardingRepository(db.ao());
    }

    @Test
    public void theTemplateIsReplacedWholeAndReadInTwoStatements() {
        assertEquals(OnboardingTemplate.empty(), onboarding.template());
        onboarding.saveTemplate(new OnboardingTemplate("OLD", List.of(new OnboardingTask("Gone", "Mentoring", 1))));
        onboarding.saveTemplate(TEMPLATE);
        db.statements().reset();

        assertEquals(TEMPLATE, onboarding.template());
        assertEquals(2, db.statements().count());
        assertEquals(3, db.ao().count(OnboardTaskEntity.class));

        onboarding.saveTemplate(new OnboardingTemplate("", List.of()));
        assertEquals(new OnboardingTemplate("", List.of()), onboarding.template());
    }

    @Test
    public void aPersonGetsOnePlanEverAndItIsReadInTwoStatements() {
        assertTrue(onboarding.create(TEMPLATE.planFor("ann", JOINED)));
        assertFalse("added again", onboarding.create(TEMPLATE.planFor("ann", JOINED.plusDays(30))));
        assertFalse("a template with other tasks makes no second plan either", onboarding.create(
                new OnboardingTemplate("SALES", List.of(new OnboardingTask("Other", "Mentoring", 1))).planFor("ann",
                        JOINED)));
        db.statements().reset();

        OnboardingPlan plan = onboarding.plan("ann").orElseThrow();

        assertEquals(2, db.statements().count());
        assertEquals(TEMPLATE.planFor("ann", JOINED), plan);
        assertEquals(1, db.ao().count(OnboardPlanEntity.class));
        assertEquals(3, db.ao().count(OnboardStepEntity.class));
        assertEquals(Optional.empty(), onboarding.plan("bob"));
    }

    @Test
    public void aStepIsClaimedOnceConfirmedWithItsIssueOrReleasedForTheNextRun() {
        onboarding.create(TEMPLATE.planFor("ann", JOINED));
        onboarding.create(TEMPLATE.planFor("bob", JOINED.minusDays(1)));
        db.statements().reset();

        List<OnboardingStep> pending = onboarding.pending(4);

        assertEquals(1, db.statements().count());
        assertEquals(List.of("bob#0", "ann#0", "bob#1", "ann#1"), pending.stream().map(OnboardingStep::naturalKey).toList());
        assertTrue(onboarding.claim("ann#0", java.time.Instant.EPOCH));
        assertFalse("claimed already", onboarding.claim("ann#0", java.time.Instant.EPOCH));
        onboarding.confirm("ann#0", 101, "SALES-101");
        assertTrue(onboarding.claim("ann#1", java.time.Instant.EPOCH));
        onboarding.release("ann#1");
        assertTrue(onboarding.claim("bob#0", java.time.Instant.EPOCH));

        List<OnboardingStep> steps = onboarding.plan("ann").orElseThrow().steps();
        assertEquals(OnboardingStep.State.CREATED, steps.get(0).state());
        assertEquals(Optional.of("SALES-101"), steps.get(0).issueKey());
        assertEquals(OnboardingStep.State.PENDING, steps.get(1).state());
        assertEquals("a crashed claim stays: never created twice", OnboardingStep.State.CLAIMED,
                onboarding.plan("bob").orElseThrow().steps().get(0).state());
        assertEquals(List.of("bob#1", "ann#1", "bob#2", "ann#2"), onboarding.pending(10).stream()
                .map(OnboardingStep::naturalKey).toList());
    }

    @Test
    public void anIssueReachingDoneMovesItsPersonsProgressAndOtherIssuesCostOneStatement() {
        onboarding.create(TEMPLATE.planFor("ann", JOINED));
        onboarding.claim("ann#2", java.time.Instant.EPOCH);
        onboarding.confirm("ann#2", 103, "SALES-103");
        db.statements().reset();

        assertEquals(Optional.empty(), onboarding.markDone(999, true));
        assertEquals("an issue of no onboarding task: one read", 1, db.statements().count());
        assertEquals(Optional.of("ann"), onboarding.markDone(103, true));
        assertEquals("already done: nothing changes", Optional.empty(), onboarding.markDone(103, true));
        db.statements().reset();

        assertEquals(new OnboardingRepository.Progress("ann", 1, 3), onboarding.progress("ann"));
        assertEquals(1, db.statements().count());
        assertEquals(Optional.of("ann"), onboarding.markDone(103, false));
        assertEquals(new OnboardingRepository.Progress("ann", 0, 3), onboarding.progress("ann"));
        assertEquals(Optional.empty(), onboarding.markDone(0, true));
    }
}
