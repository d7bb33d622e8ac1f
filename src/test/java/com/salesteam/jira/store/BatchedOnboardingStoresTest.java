package com.salesteam.jira.store;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * The stores' batched writes for a team save that adds many people, on real SQL: fixed statement counts whatever the
 * number, and one transaction around them that a failure undoes whole.
 */
@RunWith(Parameterized.class)
public class BatchedOnboardingStoresTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 11, 20);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("a", "Mentoring", 1), new OnboardingTask("b", "Mentoring", 2)));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    public BatchedOnboardingStoresTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, OnboardPlanEntity.class, OnboardStepEntity.class,
                RepCoachingEntity.class, TeamEntity.class, TeamMemberEntity.class);
    }

    private static List<OnboardingPlan> plans(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> TEMPLATE.planFor("p" + i, JOINED)).toList();
    }

    @Test
    public void thirtyPlansAreWrittenInThreeStatementsAndThoseMadeAlreadyAreLeft() {
        OnboardingRepository store = new OnboardingRepository(db.ao());
        store.create(TEMPLATE.planFor("p7", JOINED.minusDays(9)));

        db.statements().reset();
        Set<String> made = store.createAll(plans(30));

        assertEquals(3, db.statements().count());
        assertEquals(29, made.size());
        assertEquals(30, db.ao().count(OnboardPlanEntity.class));
        assertEquals(60, db.ao().count(OnboardStepEntity.class));
        assertEquals(JOINED.minusDays(9), store.plan("p7").orElseThrow().joined());
        assertEquals(TEMPLATE.planFor("p30", JOINED), store.plan("p30").orElseThrow());
        assertEquals(Set.of(), store.createAll(plans(30)));
    }

    @Test
    public void gadgetRowsOfThirtyPeopleTakeTwoStatementsAndThreeWhenSomeHadARow() {
        RepCoachingRepository coaching = new RepCoachingRepository(db.ao());
        List<String> people = IntStream.rangeClosed(1, 30).mapToObj(i -> "p" + i).toList();

        db.statements().reset();
        coaching.startOnboarding(people.subList(0, 20), 2);
        assertEquals(2, db.statements().count());

        coaching.recordOneOnOne("p25", Instant.parse("2026-11-01T10:00:00Z"));
        db.statements().reset();
        coaching.startOnboarding(people, 5);
        assertEquals(3, db.statements().count());

        assertEquals(30, db.ao().count(RepCoachingEntity.class));
        assertEquals(new RepCoaching("p25", 0, Optional.of(Instant.parse("2026-11-01T10:00:00Z")), 0, 5),
                coaching.byRep(List.of("p25")).get("p25"));
        assertEquals(new RepCoaching("p1", 0, Optional.empty(), 0, 5), coaching.byRep(List.of("p1")).get("p1"));
    }

    @Test
    public void whoIsInAnotherTeamIsOneStatement() {
        TeamRepository teams = new TeamRepository(db.ao());
        long emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.empty(), List.of("ann", "bob")))
                .id();
        teams.create(new TeamDraft("APAC", "", Optional.empty(), Optional.empty(), List.of("bob", "cy")));

        db.statements().reset();
        assertEquals(Set.of("bob"), teams.inOtherTeams(emea, List.of("ann", "bob", "dee")));
        assertEquals(1, db.statements().count());
        assertEquals(Set.of(), teams.inOtherTeams(emea, List.of()));
    }

    @Test
    public void oneTransactionAroundSeveralStoresIsUndoneWhole() {
        OnboardingRepository store = new OnboardingRepository(db.ao());
        StoreTransactions transactions = new StoreTransactions(db.ao());

        assertThrows(IllegalStateException.class, () -> transactions.inOne(() -> {
            store.createAll(plans(3));
            new RepCoachingRepository(db.ao()).startOnboarding(List.of("p1"), 2);
            throw new IllegalStateException("the gadget row failed");
        }));

        assertEquals(0, db.ao().count(OnboardPlanEntity.class));
        assertEquals(0, db.ao().count(OnboardStepEntity.class));
        assertEquals(0, db.ao().count(RepCoachingEntity.class));
        assertEquals(Set.of("p1", "p2"), transactions.inOne(() -> store.createAll(plans(2))));
    }
}
