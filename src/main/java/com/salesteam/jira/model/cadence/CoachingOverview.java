package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.review.ReviewRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's coaching at a glance: its reps' reviews due and overdue, and per rep the open coaching actions, the days
 * since the last 1:1 (whole days of 24 hours) and the onboarding progress. Built from rows already aggregated;
 * nothing here reads Jira.
 */
public record CoachingOverview(long teamId, int reviewsDue, int reviewsOverdue, List<Line> reps) {

    /** One rep's line; {@code daysSinceOneOnOne} is empty when the rep never had one. */
    public record Line(String repKey, int reviewsDue, int reviewsOverdue, int openActions,
                       Optional<Long> daysSinceOneOnOne, int onboardingDone, int onboardingTotal) {
        public Line {
            Objects.requireNonNull(repKey, "repKey");
            Objects.requireNonNull(daysSinceOneOnOne, "daysSinceOneOnOne");
        }

        /** Whole percent of onboarding done; empty when the rep has no onboarding plan. */
        public Optional<Integer> onboardingPercent() {
            return onboardingTotal == 0 ? Optional.empty()
                    : Optional.of((int) (100L * onboardingDone / onboardingTotal));
        }
    }

    public CoachingOverview {
        reps = List.copyOf(reps);
    }

    /**
     * The overview of a team whose reps are {@code repKeys} (in the order shown), from their reviews not signed off
     * (by reviewee; a review is overdue once its due day is before {@code today}, due otherwise) and their coaching
     * rows; a rep with no row has no actions, no 1:1 and no plan.
     */
    public static CoachingOverview of(long teamId, List<String> repKeys, Map<String, List<ReviewRecord>> openReviews,
                                      Map<String, RepCoaching> coaching, LocalDate today, Instant now) {
        List<Line> lines = new ArrayList<>();
        int due = 0;
        int overdue = 0;
        for (String rep : repKeys) {
            int repOverdue = 0;
            int repDue = 0;
            for (ReviewRecord review : openReviews.getOrDefault(rep, List.of())) {
                if (review.signedOff()) {
                    continue;
                }
                if (review.overdue(today)) {
                    repOverdue++;
                } else {
                    repDue++;
                }
            }
            due += repDue;
            overdue += repOverdue;
            RepCoaching row = coaching.getOrDefault(rep, RepCoaching.none(rep));
            lines.add(new Line(rep, repDue, repOverdue, row.openActions(),
                    row.lastOneOnOne().map(held -> Math.max(0, Duration.between(held, now).toDays())),
                    row.onboardingDone(), row.onboardingTotal()));
        }
        return new CoachingOverview(teamId, due, overdue, lines);
    }
}
