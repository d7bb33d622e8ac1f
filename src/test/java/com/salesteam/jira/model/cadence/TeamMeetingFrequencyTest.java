package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.PeriodType;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class TeamMeetingFrequencyTest {

    @Test
    public void eachFrequencyMeetsOncePerFiscalPeriodOfItsLength() {
        assertEquals(PeriodType.WEEK, TeamMeetingFrequency.WEEKLY.periodType());
        assertEquals(PeriodType.MONTH, TeamMeetingFrequency.MONTHLY.periodType());
        assertEquals(PeriodType.QUARTER, TeamMeetingFrequency.QUARTERLY.periodType());
    }

    @Test
    public void keysAreLowerCaseAndReadBack() {
        assertEquals("quarterly", TeamMeetingFrequency.QUARTERLY.key());
        assertEquals(Optional.of(TeamMeetingFrequency.WEEKLY), TeamMeetingFrequency.fromKey("weekly"));
        assertEquals(Optional.empty(), TeamMeetingFrequency.fromKey("WEEKLY"));
        assertEquals(Optional.empty(), TeamMeetingFrequency.fromKey("biweekly"));
    }
}
