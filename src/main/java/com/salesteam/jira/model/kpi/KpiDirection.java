package com.salesteam.jira.model.kpi;

import java.util.Locale;
import java.util.Optional;

/** Whether more is better (calls made) or less is (days to close), so scorecards and rankings read it right. */
public enum KpiDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** "higher-is-better", as in REST. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<KpiDirection> fromKey(String key) {
        String normal = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (KpiDirection direction : values()) {
            if (direction.name().equals(normal)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
