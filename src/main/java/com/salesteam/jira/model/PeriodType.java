package com.salesteam.jira.model;

import java.util.Locale;
import java.util.Optional;

/** The lengths of period a quota, ranking or forecast is measured over. */
public enum PeriodType {
    WEEK, MONTH, QUARTER, YEAR;

    /** The lower-case name used in URLs and JSON: week, month, quarter, year. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeriodType> fromKey(String key) {
        for (PeriodType type : values()) {
            if (type.key().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
