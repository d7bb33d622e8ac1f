package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Team;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ReviewPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final Team EMEA = new Team(1, "EMEA", "", Optional.empty(), Optional.of("boss"),
            List.of("boss", "ann", "bob"));
    private static final Team APAC = new Team(2, "APAC", "", Optional.empty(), Optional.of("chief"), List.of("ann"));
    private static final Team LEADERLESS = new Team(3, "Open", "", Optional.empty(), Optional.empty(), List.of("cy"));

    @Test
    public void oneReviewPerRepPerTeamButNoneForTheManagerThemself() {
        List<DueReview> due = ReviewPlan.due(List.of(
                        new ReviewCycle(1, ReviewCadence.MONTHLY, 15, "SALES", ReviewAssignee.REP),
                        new ReviewCycle(2, ReviewCadence.QUARTERLY, 20, "APAC", ReviewAssignee.MANAGER)),
                Map.of(1L, EMEA, 2L, APAC), FiscalCalendar.DEFAULT, TODAY, Set.of());

        assertEquals(3, due.size());
        DueReview annEmea = due.get(0);
        assertEquals(new ReviewKey(1, "ann", "FY2026-M11"), annEmea.key());
        assertEquals(LocalDate.of(2026, 11, 15), annEmea.dueDate());
        assertEquals("ann", annEmea.assigneeKey());
        assertEquals("boss", annEmea.managerKey());
        assertEquals("SALES", annEmea.projectKey());
        assertEquals(new ReviewKey(1, "bob", "FY2026-M11"), due.get(1).key());
        DueReview annApac = due.get(2);
        assertEquals(new ReviewKey(2, "ann", "FY2026-Q4"), annApac.key());
        assertEquals("chief", annApac.assigneeKey());
        assertEquals(LocalDate.of(2026, 10, 20), annApac.dueDate());
    }

    @Test
    public void reviewsAlreadyThereAreNotOwedAgain() {
        List<DueReview> due = ReviewPlan.due(List.of(new ReviewCycle(1, ReviewCadence.MONTHLY, 15, "SALES",
                        ReviewAssignee.REP)), Map.of(1L, EMEA), FiscalCalendar.DEFAULT, TODAY,
                Set.of(new ReviewKey(1, "ann", "FY2026-M11").text()));

        assertEquals(List.of(new ReviewKey(1, "bob", "FY2026-M11")), due.stream().map(DueReview::key).toList());
    }

    @Test
    public void aTeamWithoutAManagerOrGoneOwesNothing() {
        assertTrue(ReviewPlan.due(List.of(new ReviewCycle(3, ReviewCadence.MONTHLY, 1, "SALES", ReviewAssignee.REP),
                        new ReviewCycle(9, ReviewCadence.MONTHLY, 1, "SALES", ReviewAssignee.REP)),
                Map.of(3L, LEADERLESS), FiscalCalendar.DEFAULT, TODAY, Set.of()).isEmpty());
    }
}
