package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of a person's onboarding plan and where its Coaching Action stands: PENDING until the job claims it,
 * CLAIMED while (or if, after a crash, since) its issue is being created, CREATED once the issue is recorded, FAILED
 * once Jira refused it in {@link #MAX_ATTEMPTS} runs (until an admin retries it). Done follows the issue:
 * reached Done or Verified. The failure is Jira's last reason for refusing it.
 */
public record OnboardingStep(String repKey, int position, String title, String kind, LocalDate due,
                             String projectKey, State state, Optional<String> issueKey, boolean done,
                             Optional<String> failure) {

    public enum State { PENDING, CLAIMED, CREATED, FAILED }

    /** Runs that may try to create a step's issue before it is marked failed. */
    public static final int MAX_ATTEMPTS = 5;

    public OnboardingStep {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(failure, "failure");
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    /** A step never refused by Jira. */
    public OnboardingStep(String repKey, int position, String title, String kind, LocalDate due, String projectKey,
                          State state, Optional<String> issueKey, boolean done) {
        this(repKey, position, title, kind, due, projectKey, state, issueKey, done, Optional.empty());
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
