package com.salesteam.jira.model.review;

/** Where a coaching action stands: still to do or in progress, done by the rep, or verified by their manager. */
public enum CoachingState {
    OPEN, DONE, VERIFIED;

    /** Done and verified actions count as completed (the coaching-completion KPI); open ones do not. */
    public boolean completed() {
        return this != OPEN;
    }
}
