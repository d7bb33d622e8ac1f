package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class OneOnOnePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 6);
    private static final TeamHierarchy TEAMS = new TeamHierarchy(List.of(
            new Team(1, "EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann", "bob", "cy")),
            new Team(2, "Orphans", "", Optional.empty(), Optional.empty(), List.of("dee"))));

    private static OneOnOneSchedule schedule(String rep, MeetingFrequency frequency, LocalDate first) {
        return new OneOnOneSchedule(rep, "whoever", frequency, first, "SALES");
    }

    private final List<OneOnOneSchedule> schedules = List.of(
            schedule("bob", MeetingFrequency.BIWEEKLY, LocalDate.of(2026, 12, 28)),
            schedule("ann", MeetingFrequency.WEEKLY, LocalDate.of(2026, 12, 30)),
            schedule("cy", MeetingFrequency.WEEKLY, TODAY.plusDays(1)),
            schedule("dee", MeetingFrequency.WEEKLY, LocalDate.of(2026, 12, 1)));

    @Test
    public void eachStartedScheduleOwesItsCurrentCycleMeetingHeldByTheRepsManager() {
        List<DueMeeting> due = OneOnOnePlan.due(schedules, TEAMS, TODAY, Set.of());

        assertEquals(List.of(new DueMeeting("bob", "boss", LocalDate.of(2026, 12, 28), "SALES"),
                new DueMeeting("ann", "boss", LocalDate.of(2027, 1, 6), "SALES")), due);
        assertEquals("2027-01-06|ann", due.get(1).key());
        assertEquals(List.of("2026-12-28|bob", "2027-01-06|ann", "2027-01-05|dee"),
                OneOnOnePlan.currentKeys(schedules, TODAY));
    }

    @Test
    public void aClaimedMeetingIsNotOwedAgain() {
        List<DueMeeting> due = OneOnOnePlan.due(schedules, TEAMS, TODAY, Set.of("2027-01-06|ann"));

        assertEquals(List.of("bob"), due.stream().map(DueMeeting::repKey).toList());
    }
}
