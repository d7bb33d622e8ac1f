package com.salesteam.jira.rest.entities;

import java.util.List;

/** The Coaching &amp; Reviews figures of a team; a rep's null days means no 1:1 yet, null percent no onboarding plan. */
public record CoachingOverviewJson(long teamId, String teamName, int reviewsDue, int reviewsOverdue,
                                   List<Rep> reps) {

    public record Rep(String key, String name, int reviewsDue, int reviewsOverdue, int openActions,
                      Long daysSinceOneOnOne, int onboardingDone, int onboardingTotal, Integer onboardingPercent) {
    }
}
