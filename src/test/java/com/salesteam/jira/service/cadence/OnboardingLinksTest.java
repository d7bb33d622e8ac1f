package com.salesteam.jira.service.cadence;

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
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A step recovery links takes the Coaching Action's done state, and the progress row follows, on real SQL. */
public class OnboardingLinksTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class,
            OnboardTaskEntity.class, OnboardPlanEntity.class, OnboardStepEntity.class, RepCoachingEntity.class);

    private OnboardingRepository store;
    private RepCoachingRepository repCoaching;
    private OnboardingLinks links;

    @Before
    public void setUp() {
        store = new OnboardingRepository(db.ao());
        repCoaching = new RepCoachingRepository(db.ao());
        links = new OnboardingLinks(store, repCoaching, new StoreTransactions(db.ao()));
        store.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("a", "Mentoring", 1),
                new OnboardingTask("b", "Mentoring", 2))).planFor("ann", LocalDate.of(2026, 11, 2)));
        repCoaching.setOnboarding("ann", 0, 2);
        store.claim("ann#0", Instant.parse("2026-11-20T01:00:00Z"));
        store.claim("ann#1", Instant.parse("2026-11-20T01:00:00Z"));
    }

    private OnboardingStep step(int position) {
        return store.plan("ann").orElseThrow().steps().get(position);
    }

    private RepCoaching ann() {
        return repCoaching.byRep(List.of("ann")).get("ann");
    }

    @Test
    public void aDoneIssueMakesItsStepDoneAndCountsTheProgress() {
        links.linked("ann#1", new ClaimMarkers.Found(501L, "SALES-501", true));

        assertEquals(OnboardingStep.State.CREATED, step(1).state());
        assertEquals(Optional.of("SALES-501"), step(1).issueKey());
        assertTrue(step(1).done());
        assertEquals(1, ann().onboardingDone());
        assertEquals(2, ann().onboardingTotal());
    }

    @Test
    public void anOpenIssueIsLinkedWithItsStepStillToDo() {
        links.linked("ann#0", new ClaimMarkers.Found(500L, "SALES-500", false));

        assertEquals(OnboardingStep.State.CREATED, step(0).state());
        assertFalse(step(0).done());
        assertEquals(0, ann().onboardingDone());
    }
}
