package com.salesteam.jira.model.automation;

import java.util.Objects;

/**
 * When a deal in one stage counts as stale: no update for {@code staleDays}; then its owner is nudged (a comment,
 * optionally a follow-up sub-task and a flag), and {@code escalateDays} later (0 = never) the owner's managers are told.
 */
public record StalePolicy(String stageId, int staleDays, int escalateDays, boolean createTask, boolean flag) {

    public static final int MAX_DAYS = 3650;

    public StalePolicy {
        Objects.requireNonNull(stageId, "stageId");
        if (staleDays < 1 || staleDays > MAX_DAYS) {
            throw new IllegalArgumentException("staleDays must be 1.." + MAX_DAYS + ", was " + staleDays);
        }
        if (escalateDays < 0 || escalateDays > MAX_DAYS) {
            throw new IllegalArgumentException("escalateDays must be 0.." + MAX_DAYS + ", was " + escalateDays);
        }
    }

    public boolean escalates() {
        return escalateDays > 0;
    }
}
