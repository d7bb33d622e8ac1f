package com.salesteam.jira.store;

import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Coaching actions on a real database: completion days, the deal's actions and reps' open actions, statements counted. */
@RunWith(Parameterized.class)
public class CoachingRepositoryTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private CoachingRepository coaching;

    public CoachingRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, CoachActionEntity.class);
    }

    @Before
    public void setUp() {
        coaching = new CoachingRepository(db.ao());
    }

    private static CoachingAction action(long id, String rep, Long deal, CoachingState state) {
        return new CoachingAction(id, "SALES-" + id, "Action <" + id + ">", Optional.ofNullable(rep),
                Optional.ofNullable(deal), "Ride-along", state, Optional.of(LocalDate.of(2026, 5, 31)), Optional.empty());
    }

    @Test
    public void theCompletionDayIsSetOnceKeptWhenVerifiedAndClearedOnReopenInTwoStatementsPerWrite() {
        CoachingRepository.Change created = coaching.record(action(1, "li.wei", 77L, CoachingState.OPEN), MAY_4);
        assertEquals(Optional.empty(), created.before());
        assertEquals(Optional.empty(), created.after().orElseThrow().completedOn());

        db.statements().reset();
        CoachingRepository.Change done = coaching.record(action(1, "li.wei", 77L, CoachingState.DONE), MAY_4);
        assertEquals(2, db.statements().count());
        assertEquals(Optional.of(MAY_4), done.after().orElseThrow().completedOn());
        assertEquals(CoachingState.OPEN, done.before().orElseThrow().state());

        CoachingRepository.Change verified = coaching.record(action(1, "li.wei", 77L, CoachingState.VERIFIED),
                MAY_4.plusDays(3));
        assertEquals("still completed on the day it was done", Optional.of(MAY_4), verified.after().orElseThrow().completedOn());
        assertEquals(1, coaching.completedOn("li.wei", MAY_4));

        CoachingRepository.Change reopened = coaching.record(action(1, "li.wei", 77L, CoachingState.OPEN), MAY_4.plusDays(5));
        assertEquals(Optional.empty(), reopened.after().orElseThrow().completedOn());
        assertEquals(0, coaching.completedOn("li.wei", MAY_4));
        assertEquals(1, db.ao().count(CoachActionEntity.class));
    }

    @Test
    public void aDealsActionsAreReadInOneStatementExactlyAsRecorded() {
        coaching.record(action(2, "li.wei", 77L, CoachingState.OPEN), MAY_4);
        coaching.record(action(1, null, 77L, CoachingState.DONE), MAY_4);
        coaching.record(action(3, "li.wei", null, CoachingState.OPEN), MAY_4);

        db.statements().reset();
        List<CoachingAction> forDeal = coaching.forDeal(77L);
        assertEquals(1, db.statements().count());
        assertEquals(List.of("SALES-1", "SALES-2"), forDeal.stream().map(CoachingAction::issueKey).toList());
        assertEquals(new CoachingAction(1, "SALES-1", "Action <1>", Optional.empty(), Optional.of(77L), "Ride-along",
                CoachingState.DONE, Optional.of(LocalDate.of(2026, 5, 31)), Optional.of(MAY_4)), forDeal.get(0));
        assertTrue(coaching.forDeal(78L).isEmpty());
    }

    @Test
    public void openActionsPerRepComeInOneStatementPerThousandReps() {
        coaching.record(action(1, "li.wei", null, CoachingState.OPEN), MAY_4);
        coaching.record(action(2, "li.wei", null, CoachingState.DONE), MAY_4);
        coaching.record(action(3, "ann", null, CoachingState.OPEN), MAY_4);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            reps.add("rep" + i);
        }
        reps.add("li.wei");
        reps.add("ann");

        db.statements().reset();
        Map<String, List<CoachingAction>> open = coaching.openByRep(reps);
        assertEquals(2, db.statements().count());
        assertEquals(List.of("SALES-1"), open.get("li.wei").stream().map(CoachingAction::issueKey).toList());
        assertEquals(List.of("SALES-3"), open.get("ann").stream().map(CoachingAction::issueKey).toList());
        assertEquals(2, open.size());
    }

    @Test
    public void deletingReturnsWhatWasKeptAndForgetsIt() {
        coaching.record(action(1, "li.wei", 77L, CoachingState.DONE), MAY_4);
        CoachingRepository.Change deleted = coaching.delete(1);
        assertEquals(Optional.of(MAY_4), deleted.before().orElseThrow().completedOn());
        assertEquals(Optional.empty(), deleted.after());
        assertEquals(0, coaching.completedOn("li.wei", MAY_4));
        assertEquals(new CoachingRepository.Change(Optional.empty(), Optional.empty()), coaching.delete(1));
    }
}
