package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class ReviewAssigneeTest {

    @Test
    public void keysRoundTripAndUnknownOnesAreEmpty() {
        assertEquals(Optional.of(ReviewAssignee.REP), ReviewAssignee.fromKey("rep"));
        assertEquals(Optional.of(ReviewAssignee.MANAGER), ReviewAssignee.fromKey("manager"));
        assertEquals(Optional.empty(), ReviewAssignee.fromKey("admin"));
        assertEquals(Optional.empty(), ReviewAssignee.fromKey(""));
    }
}
