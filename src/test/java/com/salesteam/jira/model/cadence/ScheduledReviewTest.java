package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ScheduledReviewTest {

    private static final ReviewKey KEY = new ReviewKey(1, "ann", "FY2026-M11");
    /** The 15th ends at midnight in Shanghai: 16:00 UTC. */
    private static final Instant END_OF_DUE_DAY = Instant.parse("2026-11-15T16:00:00Z");

    @Test
    public void dueUntilTheDueDayEndsOverdueAfterAndNeitherOnceDone() {
        ScheduledReview open = new ScheduledReview(KEY, LocalDate.of(2026, 11, 15), END_OF_DUE_DAY, 10, "HR-1", false);
        ScheduledReview done = new ScheduledReview(KEY, LocalDate.of(2026, 11, 15), END_OF_DUE_DAY, 10, "HR-1", true);

        assertTrue(open.due(Instant.parse("2026-11-15T15:59:59Z")));
        assertFalse(open.overdue(Instant.parse("2026-11-15T15:59:59Z")));
        assertTrue(open.overdue(END_OF_DUE_DAY));
        assertFalse(open.due(END_OF_DUE_DAY));
        assertFalse(done.due(Instant.parse("2026-11-01T00:00:00Z")));
        assertFalse(done.overdue(Instant.parse("2026-12-01T00:00:00Z")));
    }
}
