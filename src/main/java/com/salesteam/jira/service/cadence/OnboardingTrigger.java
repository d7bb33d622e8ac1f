package com.salesteam.jira.service.cadence;

/** Asks for the onboarding job to run soon (once, on one node) rather than at its next scheduled time. */
public interface OnboardingTrigger {

    void runSoon();
}
