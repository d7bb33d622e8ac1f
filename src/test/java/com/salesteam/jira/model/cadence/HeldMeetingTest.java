package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class HeldMeetingTest {

    @Test
    public void itsItemsAreTheNonBlankLinesWithoutListMarkers() {
        HeldMeeting meeting = new HeldMeeting("ann", "SALES-9", Instant.EPOCH, "* Call Acme\n\n- Send the quote\r\n# Demo");

        assertEquals(List.of("Call Acme", "Send the quote", "Demo"), meeting.items());
    }

    @Test
    public void aMeetingIssueNeedsItsValuesButMayLackARepOrAHoldingTime() {
        MeetingIssue open = new MeetingIssue(1, "SALES-1", Optional.empty(), Optional.empty(), "");

        assertEquals(Optional.empty(), open.heldAt());
        assertThrows(NullPointerException.class, () -> new MeetingIssue(1, "SALES-1", Optional.empty(),
                Optional.empty(), null));
    }
}
