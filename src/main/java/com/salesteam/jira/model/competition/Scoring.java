package com.salesteam.jira.model.competition;

import java.util.Locale;
import java.util.Optional;

/**
 * How a competition scores its metric: the value itself, or the value against the person's own quota over the
 * competition's window (fair to new reps with smaller quotas).
 */
public enum Scoring {
    ABSOLUTE,
    PERCENT_OF_TARGET;

    /** "percent-of-target", as in REST. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Scoring> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normal = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Scoring scoring : values()) {
            if (scoring.name().equals(normal)) {
                return Optional.of(scoring);
            }
        }
        return Optional.empty();
    }
}
