package com.salesteam.jira.rest.entities;

import java.util.List;

/** A person's onboarding plan: when they joined, tasks done of all, and each task (days as ISO dates). */
public record OnboardingPlanJson(String repKey, boolean hasPlan, String joined, int done, int total,
                                 List<Step> steps) {

    /**
     * A task of the plan; {@code issueKey} is null until its Coaching Action exists. {@code failed}: Jira refused it
     * too often and it waits for an administrator's retry; {@code failure} is Jira's last reason (null when none).
     */
    public record Step(int position, String title, String kind, String due, String issueKey, boolean done,
                       boolean failed, String failure) {
    }
}
