package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reps' development plans: one row each, read and replaced whole. */
public class DevelopmentPlanRepository {

    /** Every goal line starts with one of these, so a goal whose own text starts with "[x] " stays text. */
    private static final String DONE = "[x] ";
    private static final String OPEN = "[ ] ";

    private final ActiveObjects ao;

    public DevelopmentPlanRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The rep's plan: one statement. */
    public Optional<DevelopmentPlan> find(String repKey) {
        DevPlanEntity[] rows = ao.find(DevPlanEntity.class, Query.select().where("REP_KEY = ?", repKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toPlan(rows[0]));
    }

    /** Replaces the rep's plan in one transaction. */
    public void save(DevelopmentPlan plan, Instant at) {
        ao.executeInTransaction(() -> {
            DevPlanEntity[] rows = ao.find(DevPlanEntity.class, Query.select().where("REP_KEY = ?", plan.repKey()));
            DevPlanEntity row;
            if (rows.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("REP_KEY", plan.repKey());
                values.put("UPDATED_AT", at.toEpochMilli());
                row = ao.create(DevPlanEntity.class, values);
            } else {
                row = rows[0];
            }
            List<String> goals = new ArrayList<>();
            plan.goals().forEach(goal -> goals.add((goal.done() ? DONE : OPEN) + goal.text()));
            row.setGoals(String.join("\n", goals));
            row.setSkills(String.join("\n", plan.skills()));
            row.setTargetRole(plan.targetRole());
            row.setUpdatedAt(at.toEpochMilli());
            row.save();
            return null;
        });
    }

    private static DevelopmentPlan toPlan(DevPlanEntity row) {
        List<DevelopmentPlan.Goal> goals = new ArrayList<>();
        for (String line : lines(row.getGoals())) {
            goals.add(new DevelopmentPlan.Goal(line.substring(Math.min(line.length(), DONE.length())),
                    line.startsWith(DONE)));
        }
        return new DevelopmentPlan(row.getRepKey(), goals, lines(row.getSkills()),
                row.getTargetRole() == null ? "" : row.getTargetRole());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
