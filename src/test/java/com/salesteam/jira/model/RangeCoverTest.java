package com.salesteam.jira.model;

import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RangeCoverTest {

    private static DateRange days(String first, String last) {
        return DateRange.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    private static List<String> keys(List<DateRange> pieces) {
        return pieces.stream().map(DateRange::key).toList();
    }

    @Test
    public void aMonthInsideIsOnePieceAndTheEdgesAreWeeksAndDays() {
        // Wednesday 2026-03-25 to Monday 2026-05-04
        List<DateRange> pieces = RangeCover.of(days("2026-03-25", "2026-05-04"), FiscalCalendar.DEFAULT);

        assertEquals(List.of("2026-03-25..2026-03-25", "2026-03-26..2026-03-26", "2026-03-27..2026-03-27",
                "2026-03-28..2026-03-28", "2026-03-29..2026-03-29", "2026-03-30..2026-03-30", "2026-03-31..2026-03-31",
                "2026-04-01..2026-04-30", "2026-05-01..2026-05-01", "2026-05-02..2026-05-02", "2026-05-03..2026-05-03",
                "2026-05-04..2026-05-04"), keys(pieces));
    }

    @Test
    public void thirtyDaysWithoutAWholeMonthAreWholeWeeksAndAtMostADozenDays() {
        // Friday 2026-04-10 to Saturday 2026-05-09
        List<DateRange> pieces = RangeCover.of(days("2026-04-10", "2026-05-09"), FiscalCalendar.DEFAULT);

        assertEquals(List.of("2026-04-10..2026-04-10", "2026-04-11..2026-04-11", "2026-04-12..2026-04-12",
                "2026-04-13..2026-04-19", "2026-04-20..2026-04-26", "2026-04-27..2026-05-03", "2026-05-04..2026-05-04",
                "2026-05-05..2026-05-05", "2026-05-06..2026-05-06", "2026-05-07..2026-05-07", "2026-05-08..2026-05-08",
                "2026-05-09..2026-05-09"), keys(pieces));
    }

    @Test
    public void aFiscalYearAndItsQuartersAreTakenWholeOnTheFiscalCalendar() {
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.SUNDAY);
        List<DateRange> pieces = RangeCover.of(days("2025-04-01", "2026-09-30"), april);

        assertEquals(List.of("2025-04-01..2026-03-31", "2026-04-01..2026-06-30", "2026-07-01..2026-09-30"),
                keys(pieces));
    }

    @Test
    public void everyDayOfAnyRangeIsInExactlyOnePieceAndEveryPieceIsACachedKind() {
        FiscalCalendar calendar = FiscalCalendar.of(Month.FEBRUARY, ZoneId.of("UTC"), DayOfWeek.SUNDAY);
        LocalDate origin = LocalDate.of(2025, 12, 20);
        for (int offset = 0; offset < 70; offset += 3) {
            for (int length = 1; length <= 400; length += 17) {
                DateRange range = new DateRange(origin.plusDays(offset), origin.plusDays(offset + length));
                List<DateRange> pieces = RangeCover.of(range, calendar);
                LocalDate next = range.start();
                for (DateRange piece : pieces) {
                    assertEquals(range.key(), next, piece.start());
                    next = piece.end();
                    assertTrue(piece.key(), piece.days() == 1 || isPeriod(piece, calendar));
                }
                assertEquals(range.key(), range.end(), next);
            }
        }
    }

    private static boolean isPeriod(DateRange piece, FiscalCalendar calendar) {
        for (PeriodType type : PeriodType.values()) {
            if (DateRange.of(calendar.periodContaining(type, piece.start())).equals(piece)) {
                return true;
            }
        }
        return false;
    }
}
