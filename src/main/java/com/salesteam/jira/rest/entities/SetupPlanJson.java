package com.salesteam.jira.rest.entities;

import java.util.List;

/** A setup plan: what a dry run would do, or what a run did. */
public class SetupPlanJson {

    private final String blueprint;
    private final String projectKey;
    private final boolean applied;
    private final boolean complete;
    private final int creations;
    private final int conflicts;
    private final String summary;
    private final List<SetupStepJson> steps;

    public SetupPlanJson(String blueprint, String projectKey, boolean applied, boolean complete, int creations,
                         int conflicts, String summary, List<SetupStepJson> steps) {
        this.blueprint = blueprint;
        this.projectKey = projectKey;
        this.applied = applied;
        this.complete = complete;
        this.creations = creations;
        this.conflicts = conflicts;
        this.summary = summary;
        this.steps = List.copyOf(steps);
    }

    public String getBlueprint() {
        return blueprint;
    }

    public String getProjectKey() {
        return projectKey;
    }

    /** True when this is the result of a run rather than a dry run. */
    public boolean isApplied() {
        return applied;
    }

    public boolean isComplete() {
        return complete;
    }

    public int getCreations() {
        return creations;
    }

    public int getConflicts() {
        return conflicts;
    }

    public String getSummary() {
        return summary;
    }

    public List<SetupStepJson> getSteps() {
        return steps;
    }
}
