package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
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
        repository.recordOneOnOne("ann", Instant.parse("2026-11-02T09:30:00Z"));
        repository.setOnboarding("ann", 2, 5);
        repository.setOnboarding("bob", 0, 3);
        db.statements().reset();

        Map<String, RepCoaching> rows = repository.byRep(List.of("ann", "bob", "cy"));

        assertEquals(1, db.statements().count());
        assertEquals(new RepCoaching("ann", 0, Optional.of(Instant.parse("2026-11-02T09:30:00Z")), 2, 5),
                rows.get("ann"));
        assertEquals(new RepCoaching("bob", 0, Optional.empty(), 0, 3), rows.get("bob"));
        assertEquals(2, rows.size());
        assertEquals(2, db.ao().count(RepCoachingEntity.class));
    }

    @Test
    public void moreThanAThousandRepsAreReadInOneStatement() {
        List<String> reps = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            reps.add("rep" + i);
        }
        repository.setOnboarding("rep1499", 1, 4);
        db.statements().reset();

        Map<String, RepCoaching> rows = repository.byRep(reps);

        assertEquals(1, db.statements().count());
        assertEquals(4, rows.get("rep1499").onboardingTotal());
    }

    @Test
    public void anEarlierMeetingDoesNotMoveTheLastOneBack() {
        repository.recordOneOnOne("ann", Instant.parse("2026-11-02T09:30:00Z"));
        repository.recordOneOnOne("ann", Instant.parse("2026-10-01T09:30:00Z"));

        assertEquals(Optional.of(Instant.parse("2026-11-02T09:30:00Z")),
                repository.byRep(List.of("ann")).get("ann").lastOneOnOne());
    }

    @Test
    public void inconsistentOnboardingIsRefusedAndNothingWritten() {
        assertThrows(IllegalArgumentException.class, () -> repository.setOnboarding("ann", 4, 3));
        assertEquals(0, db.ao().count(RepCoachingEntity.class));
    }
}
