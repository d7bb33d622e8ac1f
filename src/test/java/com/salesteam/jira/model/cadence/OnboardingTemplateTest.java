package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The template, its tasks and the plans made from it: due days, order, progress and natural keys. */
public class OnboardingTemplateTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 12, 28);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 0),
            new OnboardingTask("First review", "Mentoring", 365)));

    @Test
    public void aPlanHasOneStepPerTaskDueTheGivenDaysAfterJoiningAcrossTheYearEnd() {
        OnboardingPlan plan = TEMPLATE.planFor("ann", JOINED);

        assertEquals(3, plan.total());
        assertEquals(0, plan.done());
        assertEquals(List.of(LocalDate.of(2026, 12, 31), JOINED, LocalDate.of(2027, 12, 28)),
                plan.steps().stream().map(OnboardingStep::due).toList());
        assertEquals(List.of("ann#0", "ann#1", "ann#2"), plan.steps().stream().map(OnboardingStep::naturalKey).toList());
        assertTrue(plan.steps().stream().allMatch(step -> step.state() == OnboardingStep.State.PENDING
                && step.issueKey().isEmpty() && step.projectKey().equals("SALES")));
        assertEquals("Ride-along", plan.steps().get(1).kind());
    }

    @Test
    public void onlyATemplateWithTasksAndAProjectMakesPlans() {
        assertTrue(TEMPLATE.active());
        assertFalse(OnboardingTemplate.empty().active());
        assertFalse(new OnboardingTemplate(" ", TEMPLATE.tasks()).active());
        assertFalse(new OnboardingTemplate("SALES", List.of()).active());
    }

    @Test
    public void aTaskDueBeforeJoiningOrAfterAYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OnboardingTask("x", "Mentoring", -1));
        assertThrows(IllegalArgumentException.class, () -> new OnboardingTask("x", "Mentoring", 366));
    }

    @Test
    public void aPlanCountsItsDoneStepsAndKeepsTemplateOrder() {
        OnboardingStep second = new OnboardingStep("ann", 1, "b", "Mentoring", JOINED, "SALES",
                OnboardingStep.State.CREATED, Optional.of("SALES-2"), true);
        OnboardingStep first = new OnboardingStep("ann", 0, "a", "Mentoring", JOINED.plusDays(5), "SALES",
                OnboardingStep.State.CLAIMED, Optional.empty(), false);

        OnboardingPlan plan = new OnboardingPlan("ann", JOINED, List.of(second, first));

        assertEquals(List.of(first, second), plan.steps());
        assertEquals(1, plan.done());
        assertEquals(2, plan.total());
    }

    @Test
    public void aStepIsOverdueOnlyWhileNotDoneAfterItsDueDay() {
        OnboardingStep open = new OnboardingStep("ann", 0, "a", "Mentoring", JOINED, "SALES",
                OnboardingStep.State.CREATED, Optional.of("SALES-1"), false);
        OnboardingStep done = new OnboardingStep("ann", 1, "b", "Mentoring", JOINED, "SALES",
                OnboardingStep.State.CREATED, Optional.of("SALES-2"), true);

        assertFalse(open.overdue(JOINED));
        assertTrue(open.overdue(JOINED.plusDays(1)));
        assertFalse(done.overdue(JOINED.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new OnboardingStep("ann", -1, "a", "Mentoring", JOINED,
                "SALES", OnboardingStep.State.PENDING, Optional.empty(), false));
    }
}
