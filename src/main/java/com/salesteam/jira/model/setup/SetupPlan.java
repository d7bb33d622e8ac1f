package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What setting up one blueprint (in one project, or only its global parts) would do, step by step. */
public record SetupPlan(String blueprintKey, Optional<SetupProject> project, List<SetupStep> steps) {

    public SetupPlan {
        Objects.requireNonNull(blueprintKey, "blueprintKey");
        Objects.requireNonNull(project, "project");
        steps = List.copyOf(steps);
    }

    public List<SetupStep> conflicts() {
        return steps.stream().filter(step -> step.action() == StepAction.CONFLICT).toList();
    }

    public List<SetupStep> creations() {
        return steps.stream().filter(step -> step.action() == StepAction.CREATE).toList();
    }

    /** Nothing left to create and nothing in the way: the blueprint is fully in place. */
    public boolean complete() {
        return steps.stream().allMatch(step -> step.action() == StepAction.EXISTS);
    }
}
