package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.TeamHierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which 1:1 meetings are owed today: for each schedule, the meeting of the current cycle (the latest meeting day on
 * or before today; missed earlier cycles are not made up), unless its natural key is already claimed. A rep nobody
 * manages any more has no meeting until the teams give them a manager.
 */
public final class OneOnOnePlan {

    private OneOnOnePlan() {
    }

    /** The current cycle's meeting key of each schedule that has started, so the claims can be read at once. */
    public static List<String> currentKeys(Collection<OneOnOneSchedule> schedules, LocalDate today) {
        List<String> keys = new ArrayList<>();
        for (OneOnOneSchedule schedule : schedules) {
            schedule.currentMeeting(today).ifPresent(day -> keys.add(schedule.meetingKey(day)));
        }
        return keys;
    }

    public static List<DueMeeting> due(Collection<OneOnOneSchedule> schedules, TeamHierarchy hierarchy, LocalDate today,
                                       Set<String> claimed) {
        List<DueMeeting> due = new ArrayList<>();
        for (OneOnOneSchedule schedule : schedules) {
            Optional<LocalDate> day = schedule.currentMeeting(today);
            if (day.isEmpty() || claimed.contains(schedule.meetingKey(day.get()))) {
                continue;
            }
            OneOnOneHost.of(schedule.repKey(), hierarchy).ifPresent(host ->
                    due.add(new DueMeeting(schedule.repKey(), host, day.get(), schedule.projectKey())));
        }
        due.sort(Comparator.comparing(DueMeeting::day).thenComparing(DueMeeting::repKey));
        return due;
    }
}
