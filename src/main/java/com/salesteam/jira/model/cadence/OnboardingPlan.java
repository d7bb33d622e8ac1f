package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A person's onboarding plan: the day they joined a sales team and the plan's steps, in template order. */
public record OnboardingPlan(String repKey, LocalDate joined, List<OnboardingStep> steps) {

    public OnboardingPlan {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(joined, "joined");
        steps = steps.stream().sorted(Comparator.comparingInt(OnboardingStep::position)).toList();
    }

    public int done() {
        return (int) steps.stream().filter(OnboardingStep::done).count();
    }

    public int total() {
        return steps.size();
    }
}
