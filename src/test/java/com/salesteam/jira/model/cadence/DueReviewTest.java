package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DueReviewTest {

    @Test
    public void everyPartIsRequired() {
        Period period = Period.parse("FY2026-M11", FiscalCalendar.DEFAULT).orElseThrow();
        ReviewKey key = new ReviewKey(1, "ann", period.key());
        LocalDate due = LocalDate.of(2026, 11, 10);

        assertEquals("boss", new DueReview(key, period, due, "boss", "ann", "SALES").managerKey());
        assertThrows(NullPointerException.class, () -> new DueReview(key, period, due, null, "ann", "SALES"));
        assertThrows(NullPointerException.class, () -> new DueReview(key, period, null, "boss", "ann", "SALES"));
    }
}
