package com.salesteam.jira.web;

import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.service.cadence.OneOnOneService;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class OneOnOneRowTest {

    @Test
    public void aScheduledRepShowsTheirScheduleAndAnUnscheduledOneTheDefaults() {
        OneOnOneRow ann = new OneOnOneRow(new OneOnOneService.RepSchedule("ann", "Ann", Optional.of(
                new OneOnOneSchedule("ann", "boss", MeetingFrequency.BIWEEKLY, LocalDate.of(2026, 11, 23), "HR"))));
        OneOnOneRow bob = new OneOnOneRow(new OneOnOneService.RepSchedule("bob", "Bob", Optional.empty()));

        assertTrue(ann.isActive());
        assertEquals("biweekly", ann.getFrequency());
        assertEquals("2026-11-23", ann.getFirstMeeting());
        assertEquals("HR", ann.getProjectKey());
        assertEquals("Ann", ann.getRepName());
        assertFalse(bob.isActive());
        assertEquals("weekly", bob.getFrequency());
        assertEquals("", bob.getFirstMeeting());
        assertEquals("", bob.getProjectKey());
        assertEquals("bob", bob.getRepKey());
    }
}
