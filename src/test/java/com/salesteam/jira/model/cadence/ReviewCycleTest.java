package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class ReviewCycleTest {

    private static final FiscalCalendar APRIL = FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY);

    @Test
    public void aQuarterlyCycleOnAnAprilFiscalYearFallsInTheFiscalQuarter() {
        ReviewCycle cycle = new ReviewCycle(1, ReviewCadence.QUARTERLY, 10, "SALES", ReviewAssignee.REP);

        Period period = cycle.currentPeriod(APRIL, LocalDate.of(2026, 11, 27));

        assertEquals(LocalDate.of(2026, 10, 1), period.start());
        assertEquals("FY2027-Q3", period.key());
        assertEquals(LocalDate.of(2026, 10, 10), cycle.dueDate(period));
    }

    @Test
    public void aDueDayBeyondAShortMonthFallsOnItsLastDay() {
        ReviewCycle cycle = new ReviewCycle(1, ReviewCadence.MONTHLY, 31, "SALES", ReviewAssignee.MANAGER);

        Period february = cycle.currentPeriod(FiscalCalendar.DEFAULT, LocalDate.of(2028, 2, 3));

        assertEquals(LocalDate.of(2028, 2, 29), cycle.dueDate(february));
        assertEquals(LocalDate.of(2028, 3, 31),
                cycle.dueDate(cycle.currentPeriod(FiscalCalendar.DEFAULT, LocalDate.of(2028, 3, 31))));
    }

    @Test
    public void theFirstDayIsDayOneAndTheYearEndIsCrossedCorrectly() {
        ReviewCycle cycle = new ReviewCycle(1, ReviewCadence.MONTHLY, 1, "SALES", ReviewAssignee.REP);

        Period january = cycle.currentPeriod(FiscalCalendar.DEFAULT, LocalDate.of(2027, 1, 1));

        assertEquals(LocalDate.of(2027, 1, 1), cycle.dueDate(january));
        assertEquals("FY2026-M12", january.previous().key());
    }

    @Test
    public void aDueDayOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReviewCycle(1, ReviewCadence.MONTHLY, 0, "SALES", ReviewAssignee.REP));
        assertThrows(IllegalArgumentException.class, () -> new ReviewCycle(1, ReviewCadence.QUARTERLY,
                ReviewCycle.MAX_DUE_DAY + 1, "SALES", ReviewAssignee.REP));
    }
}
