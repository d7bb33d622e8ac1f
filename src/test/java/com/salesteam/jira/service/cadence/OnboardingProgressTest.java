package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StoreTransactions;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** A Coaching Action event's onboarding progress is one transaction: the step's done mark and the gadget's count. */
public class OnboardingProgressTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class, RepCoachingEntity.class);

    private OnboardingRepository onboarding;

    @Before
    public void setUp() {
        new SettingsRepository(db.ao()).saveFiscalCalendar(FiscalCalendar.DEFAULT);
        onboarding = new OnboardingRepository(db.ao());
        onboarding.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("a", "Mentoring", 1),
                new OnboardingTask("b", "Mentoring", 2))).planFor("ann", LocalDate.of(2026, 11, 2)));
        onboarding.claim("ann#0", Instant.EPOCH);
        onboarding.confirm("ann#0", 501L, "SALES-501");
    }

    private OnboardingPlans plans(RepCoachingRepository coaching) {
        return new OnboardingPlans(onboarding, coaching, new TeamRepository(db.ao()), new SettingsRepository(db.ao()),
                () -> { }, new StoreTransactions(db.ao()), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"),
                ZoneOffset.UTC));
    }

    @Test
    public void whenTheGadgetRowCannotBeWrittenTheDoneMarkIsUndoneToo() {
        RepCoachingRepository failing = new RepCoachingRepository(db.ao()) {
            @Override
            public void setOnboarding(String repKey, int done, int total) {
                throw new IllegalStateException("deadlock");
            }
        };

        assertThrows(IllegalStateException.class, () -> plans(failing).coachingChanged(501L, true));

        assertFalse(onboarding.plan("ann").orElseThrow().steps().get(0).done());
        assertEquals(0, db.ao().count(RepCoachingEntity.class));
    }

    @Test
    public void aDoneTaskIsMarkedAndCountedTogether() {
        RepCoachingRepository coaching = new RepCoachingRepository(db.ao());

        plans(coaching).coachingChanged(501L, true);

        assertTrue(onboarding.plan("ann").orElseThrow().steps().get(0).done());
        assertEquals(1, coaching.byRep(List.of("ann")).get("ann").onboardingDone());
        assertEquals(2, coaching.byRep(List.of("ann")).get("ann").onboardingTotal());
    }
}
