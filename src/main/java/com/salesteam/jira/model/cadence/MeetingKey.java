package com.salesteam.jira.model.cadence;

import java.util.Objects;

/**
 * The natural key of one Sales Meeting: a team meets once per frequency and fiscal period. Written before the
 * issue is created, it is what keeps a re-run, a racing node or a run after a crash from creating it twice.
 */
public record MeetingKey(long teamId, TeamMeetingFrequency frequency, String periodKey) {

    public MeetingKey {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(periodKey, "periodKey");
    }

    /** e.g. "meeting:12:weekly:FY2026-W07". */
    public String text() {
        return "meeting:" + teamId + ":" + frequency.key() + ":" + periodKey;
    }
}
