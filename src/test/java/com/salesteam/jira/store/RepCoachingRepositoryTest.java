package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.RepCoaching;
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
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

@RunWith(Parameterized.class)
public class RepCoachingRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private RepCoachingRepository repository;

    public RepCoachingRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, RepCoachingEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new RepCoachingRepository(db.ao());
    }

    @Test
    public void eachWriterSetsItsOwnFigureInTheRepsOneRow() {
        repository.setOpenActions("ann", 3);
        repository.recordOneOnOne("ann", LocalDate.of(2026, 11, 2));
        repository.setOnboarding("ann", 2, 5);
        repository.setOpenActions("bob", 1);
        db.statements().reset();

        Map<String, RepCoaching> rows = repository.byRep(List.of("ann", "bob", "cy"));

        assertEquals(1, db.statements().count());
        assertEquals(new RepCoaching("ann", 3, Optional.of(LocalDate.of(2026, 11, 2)), 2, 5), rows.get("ann"));
        assertEquals(new RepCoaching("bob", 1, Optional.empty(), 0, 0), rows.get("bob"));
        assertEquals(2, rows.size());
        assertEquals(2, db.ao().count(RepCoachingEntity.class));
    }

    @Test
    public void moreThanAThousandRepsAreReadInOneStatement() {
        List<String> reps = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            reps.add("rep" + i);
        }
        repository.setOpenActions("rep1499", 4);
        db.statements().reset();

        Map<String, RepCoaching> rows = repository.byRep(reps);

        assertEquals(1, db.statements().count());
        assertEquals(4, rows.get("rep1499").openActions());
    }

    @Test
    public void anEarlierMeetingDoesNotMoveTheLastOneBack() {
        repository.recordOneOnOne("ann", LocalDate.of(2026, 11, 2));
        repository.recordOneOnOne("ann", LocalDate.of(2026, 10, 1));

        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)),
                repository.byRep(List.of("ann")).get("ann").lastOneOnOne());
    }

    @Test
    public void inconsistentOnboardingIsRefusedAndNothingWritten() {
        assertThrows(IllegalArgumentException.class, () -> repository.setOnboarding("ann", 4, 3));
        assertEquals(0, db.ao().count(RepCoachingEntity.class));
    }
}
