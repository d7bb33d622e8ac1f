package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Objects;

/** A 1:1 a schedule owes: the rep, who holds it, its day (also its due date) and the project it is created in. */
public record DueMeeting(String repKey, String managerKey, LocalDate day, String projectKey) {

    public DueMeeting {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(projectKey, "projectKey");
    }

    /** The natural key the meeting is claimed under: its day and the rep, as {@link OneOnOneSchedule#meetingKey}. */
    public String key() {
        return day + "|" + repKey;
    }
}
