package com.salesteam.jira.service.cadence;

import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.StoreTransactions;

/**
 * Links an onboarding step a crash left claimed to the Coaching Action recovery found for it. The issue's done
 * events found no step while the claim had no issue, so the step takes its done state from the issue now, and the
 * person's progress on their coaching row is counted again when that changed it, all in one transaction.
 */
public class OnboardingLinks {

    private final OnboardingRepository onboarding;
    private final RepCoachingRepository repCoaching;
    private final StoreTransactions transactions;

    public OnboardingLinks(OnboardingRepository onboarding, RepCoachingRepository repCoaching,
                           StoreTransactions transactions) {
        this.onboarding = onboarding;
        this.repCoaching = repCoaching;
        this.transactions = transactions;
    }

    public void linked(String stepKey, ClaimMarkers.Found issue) {
        transactions.inOne(() -> {
            onboarding.confirm(stepKey, issue.id(), issue.key());
            onboarding.markDone(issue.id(), issue.completed()).ifPresent(person -> {
                OnboardingRepository.Progress progress = onboarding.progress(person);
                repCoaching.setOnboarding(person, progress.done(), progress.total());
            });
            return null;
        });
    }
}
