package com.salesteam.jira.model.cadence;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

public class MeetingKeyTest {

    @Test
    public void theKeyNamesTeamFrequencyAndPeriod() {
        assertEquals("meeting:12:weekly:FY2026-W07", new MeetingKey(12, TeamMeetingFrequency.WEEKLY, "FY2026-W07").text());
        assertNotEquals(new MeetingKey(12, TeamMeetingFrequency.MONTHLY, "FY2026-M02").text(),
                new MeetingKey(1, TeamMeetingFrequency.MONTHLY, "FY2026-M02").text());
    }
}
