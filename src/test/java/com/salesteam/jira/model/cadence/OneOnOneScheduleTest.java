package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class OneOnOneScheduleTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 28);

    @Test
    public void everyTwoWeeksFromTheFirstMeetingAcrossTheYearEnd() {
        OneOnOneSchedule schedule = new OneOnOneSchedule("ann", "boss", MeetingFrequency.BIWEEKLY, FIRST, "SALES");

        assertEquals(Optional.empty(), schedule.currentMeeting(FIRST.minusDays(1)));
        assertEquals(FIRST, schedule.nextMeeting(FIRST.minusDays(1)));
        assertEquals(Optional.of(FIRST), schedule.currentMeeting(LocalDate.of(2027, 1, 10)));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), schedule.currentMeeting(LocalDate.of(2027, 1, 11)));
        assertEquals(LocalDate.of(2027, 1, 25), schedule.nextMeeting(LocalDate.of(2027, 1, 11)));
    }

    @Test
    public void weeklyMeetingsAndTheirNaturalKeys() {
        OneOnOneSchedule schedule = new OneOnOneSchedule("ann", "boss", MeetingFrequency.WEEKLY, FIRST, "SALES");

        assertEquals(Optional.of(LocalDate.of(2027, 1, 4)), schedule.currentMeeting(LocalDate.of(2027, 1, 10)));
        assertEquals("2027-01-04|ann", schedule.meetingKey(LocalDate.of(2027, 1, 4)));
        assertEquals(Optional.of(MeetingFrequency.BIWEEKLY), MeetingFrequency.fromKey("biweekly"));
        assertEquals(Optional.empty(), MeetingFrequency.fromKey("monthly"));
    }
}
