package com.salesteam.jira.model.cadence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's coaching at a glance: its reviews due and overdue, and per rep the open coaching actions, the days since
 * the last 1:1 (whole days of 24 hours) and the onboarding progress. Built from rows already aggregated; nothing
 * here reads Jira.
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
     * The overview of a team whose members are {@code repKeys} (in the order shown), from its scheduled reviews and
     * its reps' coaching rows; a rep with no row has no actions, no 1:1 and no plan.
     */
    public static CoachingOverview of(long teamId, List<String> repKeys, List<ScheduledReview> reviews,
                                      Map<String, RepCoaching> coaching, Instant now) {
        List<Line> lines = new ArrayList<>();
        int due = 0;
        int overdue = 0;
        for (ScheduledReview review : reviews) {
            if (review.key().teamId() == teamId) {
                due += review.due(now) ? 1 : 0;
                overdue += review.overdue(now) ? 1 : 0;
            }
        }
        for (String rep : repKeys) {
            int repDue = 0;
            int repOverdue = 0;
            for (ScheduledReview review : reviews) {
                if (review.key().teamId() == teamId && review.key().repKey().equals(rep)) {
                    repDue += review.due(now) ? 1 : 0;
                    repOverdue += review.overdue(now) ? 1 : 0;
                }
            }
            RepCoaching row = coaching.getOrDefault(rep, RepCoaching.none(rep));
            lines.add(new Line(rep, repDue, repOverdue, row.openActions(),
                    row.lastOneOnOne().map(held -> Math.max(0, Duration.between(held, now).toDays())),
                    row.onboardingDone(), row.onboardingTotal()));
        }
        return new CoachingOverview(teamId, due, overdue, lines);
    }
}
