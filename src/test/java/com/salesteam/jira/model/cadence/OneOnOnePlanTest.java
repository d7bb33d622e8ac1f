package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<DueMeeting> due = OneOnOnePlan.due(schedules, TEAMS, TODAY, Map.of());

        assertEquals(List.of(new DueMeeting("bob", "boss", LocalDate.of(2026, 12, 28), "SALES"),
                new DueMeeting("ann", "boss", LocalDate.of(2027, 1, 6), "SALES")), due);
        assertEquals("2027-01-06|ann", due.get(1).key());
        assertEquals(List.of("bob", "ann", "cy", "dee"), OneOnOnePlan.reps(schedules));
        assertEquals(LocalDate.of(2026, 12, 9), OneOnOnePlan.claimsSince(TODAY));
    }

    @Test
    public void aClaimedMeetingIsNotOwedAgain() {
        List<DueMeeting> due = OneOnOnePlan.due(schedules, TEAMS, TODAY, Map.of("ann", TODAY));

        assertEquals(List.of("bob"), due.stream().map(DueMeeting::repKey).toList());
    }

    @Test
    public void aScheduleChangedMidCycleOwesNothingUntilAFullCycleAfterTheLastClaim() {
        // ann met on Wednesday 2027-01-06; on Friday 01-08 her manager moves the meetings to Fridays
        List<OneOnOneSchedule> moved = List.of(new OneOnOneSchedule("ann", "whoever", MeetingFrequency.WEEKLY,
                LocalDate.of(2027, 1, 8), "SALES", LocalDate.of(2027, 1, 8)));
        Map<String, LocalDate> claimed = Map.of("ann", TODAY);

        assertEquals(List.of(), OneOnOnePlan.due(moved, TEAMS, LocalDate.of(2027, 1, 8), claimed));
        assertEquals(List.of(), OneOnOnePlan.due(moved, TEAMS, LocalDate.of(2027, 1, 12), claimed));
        assertEquals(List.of(new DueMeeting("ann", "boss", LocalDate.of(2027, 1, 15), "SALES")),
                OneOnOnePlan.due(moved, TEAMS, LocalDate.of(2027, 1, 15), claimed));
    }

    @Test
    public void aScheduleSavedAfterItsCurrentMeetingDayWaitsForTheNextOne() {
        // saved on Friday 2027-01-08 with weekly meetings from Wednesday 2026-12-30: 01-06 is already past
        List<OneOnOneSchedule> late = List.of(new OneOnOneSchedule("ann", "whoever", MeetingFrequency.WEEKLY,
                LocalDate.of(2026, 12, 30), "SALES", LocalDate.of(2027, 1, 8)));

        assertEquals(List.of(), OneOnOnePlan.due(late, TEAMS, LocalDate.of(2027, 1, 8), Map.of()));
        assertEquals(List.of(new DueMeeting("ann", "boss", LocalDate.of(2027, 1, 13), "SALES")),
                OneOnOnePlan.due(late, TEAMS, LocalDate.of(2027, 1, 13), Map.of()));
    }
}
