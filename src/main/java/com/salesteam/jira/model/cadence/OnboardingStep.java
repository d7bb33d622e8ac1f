package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of a person's onboarding plan and where its Coaching Action stands: PENDING until the job claims it,
 * CLAIMED while (or if, after a crash, since) its issue is being created, CREATED once the issue is recorded. Done
 * follows the issue: reached Done or Verified.
 */
public record OnboardingStep(String repKey, int position, String title, String kind, LocalDate due,
                             String projectKey, State state, Optional<String> issueKey, boolean done) {

    public enum State { PENDING, CLAIMED, CREATED }

    public OnboardingStep {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(issueKey, "issueKey");
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    /** The step's natural key: one per person and task position, so a plan's steps are never created twice. */
    public String naturalKey() {
        return naturalKey(repKey, position);
    }

    public static String naturalKey(String repKey, int position) {
        return repKey + "#" + position;
    }

    /** Overdue on {@code today}: not done and past its due day. */
    public boolean overdue(LocalDate today) {
        return !done && due.isBefore(today);
    }
}
