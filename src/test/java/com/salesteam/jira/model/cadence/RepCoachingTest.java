package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class RepCoachingTest {

    @Test
    public void noneMeansNoActionsNoMeetingNoPlan() {
        assertEquals(new RepCoaching("ann", 0, Optional.empty(), 0, 0), RepCoaching.none("ann"));
    }

    @Test
    public void inconsistentCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RepCoaching("ann", -1, Optional.empty(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RepCoaching("ann", 0, Optional.empty(), 3, 2));
    }
}
