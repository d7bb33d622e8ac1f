package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ScheduledReviewTest {

    private static final ReviewKey KEY = new ReviewKey(1, "ann", "FY2026-M11");

    @Test
    public void dueUntilTheDueDateOverdueAfterAndNeitherOnceDone() {
        ScheduledReview open = new ScheduledReview(KEY, LocalDate.of(2026, 11, 15), 10, "HR-1", false);
        ScheduledReview done = new ScheduledReview(KEY, LocalDate.of(2026, 11, 15), 10, "HR-1", true);

        assertTrue(open.due(LocalDate.of(2026, 11, 15)));
        assertFalse(open.overdue(LocalDate.of(2026, 11, 15)));
        assertTrue(open.overdue(LocalDate.of(2026, 11, 16)));
        assertFalse(open.due(LocalDate.of(2026, 11, 16)));
        assertFalse(done.due(LocalDate.of(2026, 11, 1)));
        assertFalse(done.overdue(LocalDate.of(2026, 12, 1)));
    }
}
