package com.salesteam.jira.model.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app keeps of a Coaching Action issue: who is coached, the deal and review it is about, its kind, state
 * and due day, and the day it was completed (first reached Done; cleared when it is reopened).
 */
public record CoachingAction(long issueId, String issueKey, String summary, Optional<String> repKey,
                             Optional<Long> dealId, String kind, CoachingState state, Optional<LocalDate> due,
                             Optional<LocalDate> completedOn) {

    public CoachingAction {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    /** Overdue on {@code today}: still open after its due day. */
    public boolean overdue(LocalDate today) {
        return state == CoachingState.OPEN && due.filter(day -> day.isBefore(today)).isPresent();
    }
}
