package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.model.cadence.ReviewKey;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class ReviewCycleRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private ReviewCycleRepository repository;

    public ReviewCycleRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, ReviewCycleEntity.class, CycleReviewEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new ReviewCycleRepository(db.ao());
    }

    private static DueReview due(long team, String rep, String periodKey, int dueDay) {
        Period period = Period.parse(periodKey, FiscalCalendar.DEFAULT).orElseThrow();
        return new DueReview(new ReviewKey(team, rep, periodKey), period, period.start().plusDays(dueDay - 1L),
                "boss", rep, "SALES");
    }

    @Test
    public void aSavedCycleReplacesTheTeamsOldOneAndIsReadBack() {
        repository.save(new ReviewCycle(1, ReviewCadence.MONTHLY, 10, "SALES", ReviewAssignee.REP));
        repository.save(new ReviewCycle(1, ReviewCadence.QUARTERLY, 20, "HR", ReviewAssignee.MANAGER));
        repository.save(new ReviewCycle(2, ReviewCadence.MONTHLY, 5, "SALES", ReviewAssignee.REP));
        db.statements().reset();

        List<ReviewCycle> cycles = repository.cycles();

        assertEquals(1, db.statements().count());
        assertEquals(2, cycles.size());
        assertEquals(Optional.of(new ReviewCycle(1, ReviewCadence.QUARTERLY, 20, "HR", ReviewAssignee.MANAGER)),
                repository.cycle(1));
        assertEquals(2, db.ao().count(ReviewCycleEntity.class));
    }

    @Test
    public void deletingACycleSaysWhetherThereWasOne() {
        repository.save(new ReviewCycle(1, ReviewCadence.MONTHLY, 10, "SALES", ReviewAssignee.REP));

        assertTrue(repository.delete(1));
        assertFalse(repository.delete(1));
        assertEquals(Optional.empty(), repository.cycle(1));
    }

    @Test
    public void aRowWithAnUnknownCadenceIsLeftOut() {
        Map<String, Object> row = new HashMap<>();
        row.put("TEAM_ID", 3L);
        row.put("CADENCE", "FORTNIGHTLY");
        row.put("DUE_DAY", 1);
        row.put("PROJECT_KEY", "SALES");
        row.put("ASSIGNEE", "REP");
        db.ao().create(ReviewCycleEntity.class, row);

        assertEquals(List.of(), repository.cycles());
    }

    @Test
    public void aReviewIsClaimedOnceAndASecondClaimOfTheSameKeyIsRefused() {
        assertTrue(repository.claim(due(1, "ann", "FY2026-M11", 10), java.time.Instant.EPOCH));
        assertFalse(repository.claim(due(1, "ann", "FY2026-M11", 12), java.time.Instant.EPOCH));
        assertTrue(repository.claim(due(1, "ann", "FY2026-M12", 10), java.time.Instant.EPOCH));
        assertTrue(repository.claim(due(2, "ann", "FY2026-M11", 10), java.time.Instant.EPOCH));

        assertEquals(3, db.ao().count(CycleReviewEntity.class));
        assertEquals(Set.of("1|FY2026-M11|ann", "2|FY2026-M11|ann"), repository.claimedKeys(List.of("FY2026-M11")));
    }

    @Test
    public void theDatabaseItselfRefusesASecondRowWithTheSameKey() {
        repository.claim(due(1, "ann", "FY2026-M11", 10), java.time.Instant.EPOCH);
        Map<String, Object> row = new HashMap<>();
        row.put("NATURAL_KEY", "1|FY2026-M11|ann");
        row.put("TEAM_ID", 1L);
        row.put("REP_KEY", "ann");
        row.put("PERIOD_KEY", "FY2026-M11");
        row.put("DUE_DAY", 1L);
        row.put("ISSUE_ID", 0L);

        assertThrows(RuntimeException.class, () -> db.ao().create(CycleReviewEntity.class, List.of(row)));
        assertEquals(1, db.ao().count(CycleReviewEntity.class));
    }

    @Test
    public void aConfirmedClaimKeepsItsIssueAndAReleasedOneCanBeClaimedAgain() {
        DueReview ann = due(1, "ann", "FY2026-M11", 10);
        DueReview bob = due(1, "bob", "FY2026-M11", 10);
        repository.claim(ann, java.time.Instant.EPOCH);
        repository.claim(bob, java.time.Instant.EPOCH);
        repository.confirm(ann.key(), 10100L, "HR-7");

        repository.release(bob.key());
        repository.release(ann.key());

        CycleReviewEntity[] rows = db.ao().find(CycleReviewEntity.class);
        assertEquals(1, rows.length);
        assertEquals("1|FY2026-M11|ann", rows[0].getNaturalKey());
        assertEquals(10100L, rows[0].getIssueId());
        assertEquals("HR-7", rows[0].getIssueKey());
        assertEquals(LocalDate.of(2026, 11, 10).toEpochDay(), rows[0].getDueDay());
        assertTrue(repository.claim(bob, java.time.Instant.EPOCH));
    }

    @Test
    public void claimedKeysOfManyPeriodsAreReadInOneStatement() {
        repository.claim(due(1, "ann", "FY2026-M11", 10), java.time.Instant.EPOCH);
        repository.claim(due(1, "ann", "FY2026-Q4", 10), java.time.Instant.EPOCH);
        db.statements().reset();

        assertEquals(Set.of("1|FY2026-M11|ann", "1|FY2026-Q4|ann"),
                repository.claimedKeys(List.of("FY2026-M11", "FY2026-Q4", "FY2026-M12")));
        assertEquals(1, db.statements().count());
    }
}
