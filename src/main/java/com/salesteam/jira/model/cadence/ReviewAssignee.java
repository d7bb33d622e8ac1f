package com.salesteam.jira.model.cadence;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a scheduled review is assigned to. REP (the default) because the first step, the self-assessment, is the
 * reviewee's; MANAGER for teams whose managers prefer to hand the review over themselves.
 */
public enum ReviewAssignee {
    REP, MANAGER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewAssignee> fromKey(String key) {
        for (ReviewAssignee assignee : values()) {
            if (assignee.key().equals(key)) {
                return Optional.of(assignee);
            }
        }
        return Optional.empty();
    }
}
