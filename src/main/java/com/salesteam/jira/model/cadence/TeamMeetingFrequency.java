package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.PeriodType;

import java.util.Locale;
import java.util.Optional;

/** How often a team holds a Sales Meeting: once per fiscal week, month or quarter (one meeting per period). */
public enum TeamMeetingFrequency {
    WEEKLY(PeriodType.WEEK), MONTHLY(PeriodType.MONTH), QUARTERLY(PeriodType.QUARTER);

    private final PeriodType periodType;

    TeamMeetingFrequency(PeriodType periodType) {
        this.periodType = periodType;
    }

    public PeriodType periodType() {
        return periodType;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamMeetingFrequency> fromKey(String key) {
        for (TeamMeetingFrequency frequency : values()) {
            if (frequency.key().equals(key)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
