package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The onboarding plan template: the project the Coaching Actions are created in and the tasks, in order. A plan
 * copies the template when it is made, so changing the template later leaves plans already made as they are.
 */
public record OnboardingTemplate(String projectKey, List<OnboardingTask> tasks) {

    public static final int MAX_TASKS = 50;
    public static final int MAX_PROJECT_KEY = 255;

    public OnboardingTemplate {
        Objects.requireNonNull(projectKey, "projectKey");
        tasks = List.copyOf(tasks);
    }

    public static OnboardingTemplate empty() {
        return new OnboardingTemplate("", List.of());
    }

    /** Whether a newcomer gets a plan: only when there are tasks and a project to create them in. */
    public boolean active() {
        return !tasks.isEmpty() && !projectKey.isBlank();
    }

    /** The plan of a person who joined on {@code joined}: one step per task, none created yet. */
    public OnboardingPlan planFor(String repKey, LocalDate joined) {
        List<OnboardingStep> steps = new ArrayList<>();
        for (int position = 0; position < tasks.size(); position++) {
            OnboardingTask task = tasks.get(position);
            steps.add(new OnboardingStep(repKey, position, task.title(), task.kind(), task.dueFor(joined), projectKey,
                    OnboardingStep.State.PENDING, Optional.empty(), false));
        }
        return new OnboardingPlan(repKey, joined, steps);
    }
}
