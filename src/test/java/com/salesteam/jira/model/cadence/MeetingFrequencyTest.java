package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class MeetingFrequencyTest {

    @Test
    public void keysRoundTripAndLengthsAreOneAndTwoWeeks() {
        for (MeetingFrequency frequency : MeetingFrequency.values()) {
            assertEquals(Optional.of(frequency), MeetingFrequency.fromKey(frequency.key()));
        }
        assertEquals(7, MeetingFrequency.WEEKLY.days());
        assertEquals(14, MeetingFrequency.BIWEEKLY.days());
    }
}
