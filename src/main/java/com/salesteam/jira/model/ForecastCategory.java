package com.salesteam.jira.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a deal stands in the forecast. Won deals are {@link #CLOSED}; {@link #OMITTED} deals are left out of
 * every figure, including the weighted pipeline.
 */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ForecastCategory> fromKey(String key) {
        for (ForecastCategory category : values()) {
            if (category.key().equals(key) || category.name().equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
