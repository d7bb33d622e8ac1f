package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.OnboardingStep;

/**
 * Creates the Coaching Action issue of an onboarding step. Implemented over Jira's IssueService; the issue type
 * and the Sales Rep and Coaching Kind fields are found by the names the Reviews setup gives them.
 */
public interface OnboardingIssues {

    /** What Jira created. */
    record Created(long id, String key) {
    }

    /**
     * Creates the issue in the step's project as {@code reporterKey}, assigned to the step's person and due on its
     * day, labelled with {@code marker} (its claim's). Throws {@link IllegalStateException} with Jira's reasons when
     * it is refused.
     */
    Created create(OnboardingStep step, String reporterKey, String marker);
}
