package com.salesteam.jira.model.cadence;

import java.util.List;
import java.util.Objects;

/**
 * A rep's personal development plan: goals (one per line), skills to build and the role they aim for. Progress is
 * how many goals are marked done.
 */
public record DevelopmentPlan(String repKey, List<Goal> goals, List<String> skills, String targetRole) {

    public static final int MAX_GOALS = 20;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_TEXT = 255;

    /** A goal and whether it is reached. */
    public record Goal(String text, boolean done) {
        public Goal {
            Objects.requireNonNull(text, "text");
        }
    }

    public DevelopmentPlan {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(targetRole, "targetRole");
        goals = List.copyOf(goals);
        skills = List.copyOf(skills);
    }

    public static DevelopmentPlan empty(String repKey) {
        return new DevelopmentPlan(repKey, List.of(), List.of(), "");
    }

    public int goalsDone() {
        return (int) goals.stream().filter(Goal::done).count();
    }
}
