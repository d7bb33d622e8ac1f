package com.salesteam.jira.service.review;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The coaching-streak badge's completions per person and week, read once from the real coaching store. */
public class StoredCoachingCompletionsTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, CoachActionEntity.class);

    private void done(CoachingRepository coaching, long id, String rep, LocalDate day) {
        coaching.record(new CoachingAction(id, "SALES-" + id, "", Optional.ofNullable(rep), Optional.empty(), "",
                CoachingState.DONE, Optional.empty(), Optional.empty()), day);
    }

    @Test
    public void completionsAreCountedPerPersonAndWeekInOneRead() {
        CoachingRepository coaching = new CoachingRepository(db.ao());
        // Mondays 4, 11 and 18 May 2026
        List<Period> weeks = List.of(
                FiscalCalendar.DEFAULT.periodContaining(PeriodType.WEEK, LocalDate.of(2026, 5, 4)),
                FiscalCalendar.DEFAULT.periodContaining(PeriodType.WEEK, LocalDate.of(2026, 5, 11)),
                FiscalCalendar.DEFAULT.periodContaining(PeriodType.WEEK, LocalDate.of(2026, 5, 18)));
        done(coaching, 1, "li.wei", LocalDate.of(2026, 5, 4));
        done(coaching, 2, "li.wei", LocalDate.of(2026, 5, 10));
        done(coaching, 3, "li.wei", LocalDate.of(2026, 5, 24));
        done(coaching, 4, "ann", LocalDate.of(2026, 5, 25));
        done(coaching, 5, null, LocalDate.of(2026, 5, 12));

        StoredCoachingCompletions completions = new StoredCoachingCompletions(coaching);
        db.statements().reset();
        Map<String, List<Integer>> counts = completions.completedPerWeek(weeks);
        assertEquals(1, db.statements().count());
        assertTrue(completions.measured());
        assertEquals(Map.of("li.wei", List.of(2, 0, 1)), counts);
        assertEquals(Map.of(), completions.completedPerWeek(List.of()));
    }
}
