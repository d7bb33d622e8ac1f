package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class DevelopmentPlanTest {

    @Test
    public void progressCountsTheGoalsReachedAndTheListsAreCopies() {
        List<DevelopmentPlan.Goal> goals = new ArrayList<>(List.of(new DevelopmentPlan.Goal("Close a 100k deal", true),
                new DevelopmentPlan.Goal("Run a demo alone", false)));
        DevelopmentPlan plan = new DevelopmentPlan("ann", goals, List.of("Negotiation"), "Account executive");
        goals.clear();

        assertEquals(1, plan.goalsDone());
        assertEquals(2, plan.goals().size());
        assertEquals(0, DevelopmentPlan.empty("bob").goalsDone());
        assertEquals("", DevelopmentPlan.empty("bob").targetRole());
    }
}
