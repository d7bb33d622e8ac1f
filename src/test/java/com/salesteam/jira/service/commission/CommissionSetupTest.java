package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class CommissionSetupTest {

    private static final TeamHierarchy TEAMS = new TeamHierarchy(List.of(
            new Team(1, "Sales", "", Optional.empty(), Optional.of("vp"), List.of()),
            new Team(2, "East", "", Optional.of(1L), Optional.of("boss"), List.of("bob", "carl"))));

    private static StoredPlan plan(long id) {
        return new StoredPlan(id, CommissionPlan.tiered("Plan " + id, Currency.getInstance("USD"),
                PlanKind.RETROACTIVE_TIERS, List.of(new Tier(BigDecimal.ZERO, Optional.empty(), BigDecimal.TEN))));
    }

    private static Period period(String key) {
        return Period.parse(key, FiscalCalendar.DEFAULT).orElseThrow();
    }

    @Test
    public void anAssignmentOfAnOverlappingPeriodIsFoundThroughNestedTeamsButNotForOthersOrOtherPeriods() {
        CommissionSetup setup = new CommissionSetup(List.of(plan(7)), List.of(
                new Assignment(1, 7, "team", "1", "FY2026-Q2"), new Assignment(2, 7, "rep", "walt", "FY2026-M07")),
                Set.of());

        assertEquals(Optional.of(1L), setup.overlapFor(Set.of("bob"), period("FY2026-M05"), TEAMS).map(Assignment::id));
        assertEquals("a week in May", Optional.of(1L),
                setup.overlapFor(Set.of("carl"), period("2026-W20"), TEAMS).map(Assignment::id));
        assertEquals("the year holds both", Optional.of(1L),
                setup.overlapFor(Set.of("bob", "walt"), period("FY2026"), TEAMS).map(Assignment::id));
        assertEquals("nobody Sales reaches", Optional.empty(), setup.overlapFor(Set.of("walt"), period("FY2026-M05"), TEAMS));
        assertEquals("the next quarter", Optional.empty(), setup.overlapFor(Set.of("bob"), period("FY2026-Q3"), TEAMS));
        assertEquals("the same period is the precedence rule's", Optional.empty(),
                setup.overlapFor(Set.of("bob"), period("FY2026-Q2"), TEAMS));
    }

    @Test
    public void aRepReachedByTwoOverlappingAssignmentsKeepsTheOneMadeFirst() {
        CommissionSetup setup = new CommissionSetup(List.of(plan(7), plan(8)), List.of(
                new Assignment(1, 7, "rep", "bob", "FY2026-M05"), new Assignment(2, 8, "team", "2", "FY2026-Q2")),
                Set.of());

        assertEquals(Optional.of(7L), setup.planOf("bob", period("FY2026-M05"), TEAMS).map(StoredPlan::id));
        assertEquals(Optional.empty(), setup.planOf("bob", period("FY2026-Q2"), TEAMS));
        assertEquals(Optional.of(8L), setup.planOf("carl", period("FY2026-Q2"), TEAMS).map(StoredPlan::id));
        Map<String, StoredPlan> quarter = setup.plansOf(List.of("bob", "carl"), period("FY2026-Q2"), TEAMS);
        assertEquals(Set.of("carl"), quarter.keySet());
        assertEquals(8L, quarter.get("carl").id());
    }
}
