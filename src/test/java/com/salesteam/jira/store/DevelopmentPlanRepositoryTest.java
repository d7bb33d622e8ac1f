package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.DevelopmentPlan;
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
import java.util.Optional;

import static org.junit.Assert.assertEquals;

@RunWith(Parameterized.class)
public class DevelopmentPlanRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private DevelopmentPlanRepository plans;

    public DevelopmentPlanRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, DevPlanEntity.class);
    }

    @Before
    public void createRepository() {
        plans = new DevelopmentPlanRepository(db.ao());
    }

    @Test
    public void aPlanIsSavedReplacedAndReadBackInOneStatement() {
        plans.save(new DevelopmentPlan("ann", List.of(new DevelopmentPlan.Goal("Old goal", false)), List.of(), ""),
                Instant.parse("2026-11-01T00:00:00Z"));
        DevelopmentPlan plan = new DevelopmentPlan("ann", List.of(new DevelopmentPlan.Goal("Close a 100k deal", true),
                new DevelopmentPlan.Goal("[x] is text here", false)), List.of("Negotiation", "Forecasting"),
                "Account executive");
        plans.save(plan, Instant.parse("2026-11-20T00:00:00Z"));
        db.statements().reset();

        assertEquals(Optional.of(plan), plans.find("ann"));
        assertEquals(1, db.statements().count());
        assertEquals(1, db.ao().count(DevPlanEntity.class));
        assertEquals(Optional.empty(), plans.find("bob"));
    }
}
