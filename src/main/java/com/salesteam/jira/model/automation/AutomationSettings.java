package com.salesteam.jira.model.automation;

import java.util.Objects;
import java.util.Optional;

/**
 * App-wide automation settings: the Jira user the automation comments and creates sub-tasks as, the quiet
 * hours, and how many slips of a close date are allowed before a deal is flagged.
 */
public record AutomationSettings(Optional<String> actorKey, QuietHours quietHours, int maxSlips) {

    public static final int DEFAULT_MAX_SLIPS = 2;
    public static final AutomationSettings DEFAULT = new AutomationSettings(Optional.empty(), QuietHours.DEFAULT,
            DEFAULT_MAX_SLIPS);

    public AutomationSettings {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(quietHours, "quietHours");
        if (maxSlips < 0 || maxSlips > 100) {
            throw new IllegalArgumentException("maxSlips must be 0..100, was " + maxSlips);
        }
    }
}
