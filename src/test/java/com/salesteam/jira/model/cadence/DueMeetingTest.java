package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DueMeetingTest {

    @Test
    public void itsKeyIsTheScheduleKeyOfItsDay() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        OneOnOneSchedule schedule = new OneOnOneSchedule("ann", "boss", MeetingFrequency.WEEKLY, day, "SALES");

        assertEquals(schedule.meetingKey(day), new DueMeeting("ann", "boss", day, "SALES").key());
        assertThrows(NullPointerException.class, () -> new DueMeeting("ann", null, day, "SALES"));
    }
}
