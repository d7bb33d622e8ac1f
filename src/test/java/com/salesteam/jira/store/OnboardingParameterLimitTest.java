package com.salesteam.jira.store;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. A team save that adds 2,500 people reads who is in another team, writes
 * their onboarding plans and gadget rows, and the coaching overview reads those rows, all under it, with the
 * answers of reads of 500 people at a time and the writes still in one transaction.
 */
@RunWith(Parameterized.class)
public class OnboardingParameterLimitTest {

    private static final int PEOPLE = 2_500;
    private static final LocalDate JOINED = LocalDate.of(2026, 11, 20);
    private static final Instant MET = Instant.parse("2026-11-01T10:00:00Z");
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("a", "Mentoring", 1), new OnboardingTask("b", "Mentoring", 2)));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final List<String> people = new ArrayList<>();

    public OnboardingParameterLimitTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, OnboardPlanEntity.class, OnboardStepEntity.class,
                RepCoachingEntity.class, TeamEntity.class, TeamMemberEntity.class);
        for (int i = 0; i < PEOPLE; i++) {
            people.add(String.format(Locale.ROOT, "p%04d", i));
        }
    }

    private void assertWithinTheLimit() {
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
    }

    /** Every tenth person's gadget row, with a 1:1 held. */
    private void storeSomeGadgetRows(RepCoachingRepository coaching) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i += 10) {
            Map<String, Object> row = new HashMap<>();
            row.put("REP_KEY", people.get(i));
            row.put("LAST_ONE_ON_ONE", MET.plusSeconds(i).toEpochMilli());
            row.put("ONBOARD_DONE", 1);
            row.put("ONBOARD_TOTAL", 4);
            rows.add(row);
        }
        db.ao().create(RepCoachingEntity.class, rows);
    }

    @Test
    public void whoOfTwoThousandFiveHundredPeopleIsInAnotherTeamIsWhatReadsOfFiveHundredAnswer() {
        TeamRepository teams = new TeamRepository(db.ao());
        long joining = teams.create(new TeamDraft("Joining", "", Optional.empty(), Optional.empty(), List.of())).id();
        List<String> elsewhere = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i += 3) {
            elsewhere.add(people.get(i));
        }
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.empty(), elsewhere));
        Set<String> small = new HashSet<>();
        for (List<String> part : InList.chunks(people, 500)) {
            small.addAll(teams.inOtherTeams(joining, part));
        }
        db.statements().reset();

        Set<String> found = teams.inOtherTeams(joining, people);

        assertEquals("one statement per 1,000 people", 3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(small, found);
        assertEquals(new HashSet<>(elsewhere), found);
    }

    @Test
    public void twoThousandFiveHundredPlansAreMadeWithinTheLimitAndThoseMadeAlreadyAreLeft() {
        OnboardingRepository store = new OnboardingRepository(db.ao());
        store.create(TEMPLATE.planFor("p2499", JOINED.minusDays(9)));
        List<OnboardingPlan> plans = people.stream().map(person -> TEMPLATE.planFor(person, JOINED)).toList();
        db.statements().reset();

        Set<String> made = store.createAll(plans);

        assertEquals("a read per 1,000 people, then the plan and step batches", 5, db.statements().count());
        assertWithinTheLimit();
        assertEquals(PEOPLE - 1, made.size());
        assertTrue(!made.contains("p2499") && made.contains("p0000"));
        assertEquals(PEOPLE, db.ao().count(OnboardPlanEntity.class));
        assertEquals(2 * PEOPLE, db.ao().count(OnboardStepEntity.class));
        assertEquals(JOINED.minusDays(9), store.plan("p2499").orElseThrow().joined());
        db.statements().reset();
        assertEquals(Set.of(), store.createAll(plans));
        assertWithinTheLimit();
    }

    @Test
    public void theGadgetRowsOfTwoThousandFiveHundredRepsAreWhatReadsOfFiveHundredAnswer() {
        RepCoachingRepository coaching = new RepCoachingRepository(db.ao());
        storeSomeGadgetRows(coaching);
        Map<String, RepCoaching> small = new HashMap<>();
        for (List<String> part : InList.chunks(people, 500)) {
            small.putAll(coaching.byRep(part));
        }
        db.statements().reset();

        Map<String, RepCoaching> rows = coaching.byRep(people);

        assertEquals(3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(small, rows);
        assertEquals(PEOPLE / 10, rows.size());
        assertEquals(new RepCoaching("p2490", 0, Optional.of(MET.plusSeconds(2_490)), 1, 4), rows.get("p2490"));
    }

    @Test
    public void startingTheOnboardingOfTwoThousandFiveHundredRepsKeepsTheirMeetingsInOneTransaction() {
        RepCoachingRepository coaching = new RepCoachingRepository(db.ao());
        storeSomeGadgetRows(coaching);
        StoreTransactions transactions = new StoreTransactions(db.ao());

        assertThrows(IllegalStateException.class, () -> transactions.inOne(() -> {
            coaching.startOnboarding(people, 5);
            throw new IllegalStateException("the plans failed");
        }));
        assertEquals("undone whole", PEOPLE / 10, db.ao().count(RepCoachingEntity.class));
        assertEquals(new RepCoaching("p0010", 0, Optional.of(MET.plusSeconds(10)), 1, 4),
                coaching.byRep(List.of("p0010")).get("p0010"));

        db.statements().reset();
        coaching.startOnboarding(people, 5);

        assertEquals("3 reads, 1 delete of the 250 rows there, 1 batch", 5, db.statements().count());
        assertWithinTheLimit();
        assertEquals(PEOPLE, db.ao().count(RepCoachingEntity.class));
        Map<String, RepCoaching> rows = coaching.byRep(people);
        assertEquals(new RepCoaching("p0010", 0, Optional.of(MET.plusSeconds(10)), 0, 5), rows.get("p0010"));
        assertEquals(new RepCoaching("p2499", 0, Optional.empty(), 0, 5), rows.get("p2499"));
    }
}
