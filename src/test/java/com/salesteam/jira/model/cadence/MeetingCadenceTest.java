package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class MeetingCadenceTest {

    @Test
    public void frequenciesAreKeptInTheirOwnOrderAndCannotBeChanged() {
        EnumSet<TeamMeetingFrequency> given = EnumSet.of(TeamMeetingFrequency.QUARTERLY, TeamMeetingFrequency.WEEKLY);
        MeetingCadence cadence = new MeetingCadence(1, given, "SALES", 5);
        given.add(TeamMeetingFrequency.MONTHLY);

        assertEquals(List.of(TeamMeetingFrequency.WEEKLY, TeamMeetingFrequency.QUARTERLY),
                List.copyOf(cadence.frequencies()));
        assertThrows(UnsupportedOperationException.class, () -> cadence.frequencies().add(TeamMeetingFrequency.MONTHLY));
    }

    @Test
    public void aCadenceNeedsAFrequencyAndATopOfOneToTwenty() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingCadence(1, Set.of(), "SALES", 5));
        assertThrows(IllegalArgumentException.class,
                () -> new MeetingCadence(1, Set.of(TeamMeetingFrequency.WEEKLY), "SALES", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MeetingCadence(1, Set.of(TeamMeetingFrequency.WEEKLY), "SALES", 21));
        assertEquals(20, new MeetingCadence(1, Set.of(TeamMeetingFrequency.WEEKLY), "SALES", 20).leaderboardTop());
    }
}
