package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.TeamHierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which 1:1 meetings are owed today: for each schedule, the meeting of the current cycle (the latest meeting day on
 * or before today; missed earlier cycles are not made up), unless that day is before the schedule was saved or the
 * rep already has a meeting claimed within one cycle before it (the same day, or a day of a schedule since changed).
 * A rep nobody manages any more has no meeting until the teams give them a manager.
 */
public final class OneOnOnePlan {

    private static final int LONGEST_CYCLE = Arrays.stream(MeetingFrequency.values())
            .mapToInt(MeetingFrequency::days).max().orElseThrow();

    private OneOnOnePlan() {
    }

    /** The earliest claim day that can still settle a meeting owed today: the claims are read from it on. */
    public static LocalDate claimsSince(LocalDate today) {
        return today.minusDays(2L * LONGEST_CYCLE);
    }

    /** The reps with a schedule, whose latest claims the plan needs. */
    public static List<String> reps(Collection<OneOnOneSchedule> schedules) {
        return schedules.stream().map(OneOnOneSchedule::repKey).toList();
    }

    /** {@code lastClaimed}: each rep's latest claimed meeting day on or after {@link #claimsSince}. */
    public static List<DueMeeting> due(Collection<OneOnOneSchedule> schedules, TeamHierarchy hierarchy, LocalDate today,
                                       Map<String, LocalDate> lastClaimed) {
        List<DueMeeting> due = new ArrayList<>();
        for (OneOnOneSchedule schedule : schedules) {
            Optional<LocalDate> day = schedule.currentMeeting(today);
            if (day.isEmpty() || day.get().isBefore(schedule.notBefore())) {
                continue;
            }
            LocalDate claimed = lastClaimed.get(schedule.repKey());
            if (claimed != null && claimed.isAfter(day.get().minusDays(schedule.frequency().days()))) {
                continue;
            }
            OneOnOneHost.of(schedule.repKey(), hierarchy).ifPresent(host ->
                    due.add(new DueMeeting(schedule.repKey(), host, day.get(), schedule.projectKey())));
        }
        due.sort(Comparator.comparing(DueMeeting::day).thenComparing(DueMeeting::repKey));
        return due;
    }
}
