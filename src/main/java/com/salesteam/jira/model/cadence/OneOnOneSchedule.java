package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's recurring 1:1 with their manager: the first meeting's day and every week or two after it, the meeting
 * issues created in the Jira project {@code projectKey}. The meeting of a cycle is identified by its day, so
 * (rep, day) is the natural key a scheduled meeting is created under. {@code managerKey} is who set the schedule up
 * as the rep's manager; the meeting goes to whoever manages the rep when it is created ({@link OneOnOneHost}).
 */
public record OneOnOneSchedule(String repKey, String managerKey, MeetingFrequency frequency, LocalDate firstMeeting,
                               String projectKey) {

    public OneOnOneSchedule {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstMeeting, "firstMeeting");
        Objects.requireNonNull(projectKey, "projectKey");
    }

    /** The meeting day on or before {@code today} that starts the current cycle; empty before the first meeting. */
    public Optional<LocalDate> currentMeeting(LocalDate today) {
        if (today.isBefore(firstMeeting)) {
            return Optional.empty();
        }
        long cycles = ChronoUnit.DAYS.between(firstMeeting, today) / frequency.days();
        return Optional.of(firstMeeting.plusDays(cycles * frequency.days()));
    }

    /** The first meeting day after {@code today}. */
    public LocalDate nextMeeting(LocalDate today) {
        return currentMeeting(today).map(day -> day.plusDays(frequency.days())).orElse(firstMeeting);
    }

    /** The natural key of the meeting on {@code day}: the rep and the day. */
    public String meetingKey(LocalDate day) {
        return day + "|" + repKey;
    }
}
