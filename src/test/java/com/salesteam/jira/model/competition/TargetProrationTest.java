package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.FiscalCalendar;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class TargetProrationTest {

    private static final FiscalCalendar CALENDAR = FiscalCalendar.DEFAULT;

    @Test
    public void aWholeQuarterWindowTakesTheQuarterQuotaWhole() {
        assertEquals(Optional.of(new BigDecimal("90000.0000")), TargetProration.target(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), CALENDAR, Map.of("FY2026-Q2", 90_000L)));
    }

    @Test
    public void aWeekCountsItsDaysOfTheMonthAndAWeekAcrossTwoMonthsTakesFromEach() {
        // 7 of May's 31 days of a 3,100 monthly quota
        assertEquals(Optional.of(new BigDecimal("700.0000")), TargetProration.target(LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 17), CALENDAR, Map.of("FY2026-M05", 3_100L)));
        // 29-31 May: 3/31 of 3,100; 1-4 June: 4/30 of 3,000
        assertEquals(Optional.of(new BigDecimal("700.0000")), TargetProration.target(LocalDate.of(2026, 5, 29),
                LocalDate.of(2026, 6, 4), CALENDAR, Map.of("FY2026-M05", 3_100L, "FY2026-M06", 3_000L)));
        assertEquals("June has no quota", Optional.empty(), TargetProration.target(LocalDate.of(2026, 5, 29),
                LocalDate.of(2026, 6, 4), CALENDAR, Map.of("FY2026-M05", 3_100L)));
    }

    @Test
    public void aMonthOfAQuarterIsProratedByDaysAndAMonthlyQuotaWinsOverTheQuarter() {
        // April has 30 of Q2's 91 days
        assertEquals(Optional.of(new BigDecimal("29670.3297")), TargetProration.target(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), CALENDAR, Map.of("FY2026-Q2", 90_000L)));
        assertEquals(Optional.of(new BigDecimal("12000.0000")), TargetProration.target(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), CALENDAR, Map.of("FY2026-Q2", 90_000L, "FY2026-M04", 12_000L)));
    }

    @Test
    public void monthsMixTheirNarrowestQuotaAndTheYearFillsIn() {
        // June from its month quota; July from the year: 31 of 365 days of 365,000
        assertEquals(Optional.of(new BigDecimal("41000.0000")), TargetProration.target(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 31), CALENDAR, Map.of("FY2026-M06", 10_000L, "FY2026", 365_000L)));
    }

    @Test
    public void aMonthWithoutAnyQuotaLeavesNoTarget() {
        assertEquals(Optional.empty(), TargetProration.target(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31),
                CALENDAR, Map.of("FY2026-M06", 10_000L)));
    }

    @Test
    public void theKeysFollowTheFiscalYear() {
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY);
        assertEquals(Set.of("FY2027-M01", "FY2027-Q1", "FY2027", "FY2026-M12", "FY2026-Q4", "FY2026"),
                TargetProration.periodKeys(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), april));
    }
}
