package com.salesteam.jira.model.cadence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One rep's coaching figures: open coaching actions (from the reviews' coaching store), when the last 1:1 meeting
 * was held and the onboarding tasks done of those planned.
 */
public record RepCoaching(String repKey, int openActions, Optional<Instant> lastOneOnOne, int onboardingDone,
                          int onboardingTotal) {
    public RepCoaching {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(lastOneOnOne, "lastOneOnOne");
        if (openActions < 0 || onboardingDone < 0 || onboardingTotal < onboardingDone) {
            throw new IllegalArgumentException("negative or inconsistent counts for " + repKey);
        }
    }

    public static RepCoaching none(String repKey) {
        return new RepCoaching(repKey, 0, Optional.empty(), 0, 0);
    }
}
