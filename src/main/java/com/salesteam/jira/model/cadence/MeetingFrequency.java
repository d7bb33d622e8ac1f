package com.salesteam.jira.model.cadence;

import java.util.Locale;
import java.util.Optional;

/** How often a rep meets their manager one to one: every week or every two weeks. */
public enum MeetingFrequency {
    WEEKLY(7), BIWEEKLY(14);

    private final int days;

    MeetingFrequency(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeetingFrequency> fromKey(String key) {
        for (MeetingFrequency frequency : values()) {
            if (frequency.key().equals(key)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
