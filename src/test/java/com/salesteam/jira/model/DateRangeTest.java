package com.salesteam.jira.model;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class DateRangeTest {

    @Test
    public void aRangeNamesItsFirstAndLastDayAndItsPreviousHasAsManyDays() {
        DateRange range = DateRange.ofDays(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2));
        assertEquals("2026-02-27..2026-03-02", range.key());
        assertEquals(4, range.days());
        assertEquals(LocalDate.of(2026, 3, 3), range.end());
        assertTrue(range.contains(LocalDate.of(2026, 3, 2)) && !range.contains(LocalDate.of(2026, 3, 3)));
        assertEquals(DateRange.ofDays(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 26)), range.previous());
        assertEquals(Optional.of(range), DateRange.parse(range.key()));
    }

    @Test
    public void aWeekOrPeriodIsItsDaysAndNonsenseParsesToNothing() {
        assertEquals("2026 has a week 53", "2026-12-28..2027-01-03",
                DateRange.of(Period.parse("2026-W53", FiscalCalendar.DEFAULT).orElseThrow()).key());
        DateRange w1 = DateRange.of(Period.parse("2027-W01", FiscalCalendar.DEFAULT).orElseThrow());
        assertEquals("2027-01-04..2027-01-10", w1.key());
        assertFalse(DateRange.parse("2026-05-03..2026-05-01").isPresent());
        assertFalse(DateRange.parse("2026-02-30..2026-03-01").isPresent());
        assertFalse(DateRange.parse("FY2026-Q2").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new DateRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)));
    }
}
