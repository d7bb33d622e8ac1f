package com.salesteam.jira.model;

import org.junit.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

public class FiscalCalendarTest {

    private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.DEFAULT;
    private static final FiscalCalendar APRIL = FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, DayOfWeek.MONDAY);
    private static final FiscalCalendar SUNDAY_WEEKS = FiscalCalendar.of(Month.JANUARY, ZoneOffset.UTC, DayOfWeek.SUNDAY);

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static void assertPeriod(String key, String start, String end, Period period) {
        assertEquals(key, period.key());
        assertEquals(day(start), period.start());
        assertEquals(day(end), period.end());
    }

    @Test
    public void defaultIsJanuaryUtcMonday() {
        assertEquals(Month.JANUARY, FiscalCalendar.DEFAULT.fiscalYearStart());
        assertEquals(ZoneId.of("UTC"), FiscalCalendar.DEFAULT.zone());
        assertEquals(DayOfWeek.MONDAY, FiscalCalendar.DEFAULT.weekStart());
    }

    @Test
    public void nullPartsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> FiscalCalendar.of(null, ZoneOffset.UTC, DayOfWeek.MONDAY));
        assertEquals("fiscalYearStart", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> FiscalCalendar.of(Month.APRIL, null, DayOfWeek.MONDAY));
        assertEquals("zone", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, null));
        assertEquals("weekStart", e.getMessage());
    }

    @Test
    public void calendarsWithTheSamePartsAreEqual() {
        FiscalCalendar again = FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, DayOfWeek.MONDAY);
        assertEquals(APRIL, again);
        assertEquals(APRIL.hashCode(), again.hashCode());
        assertNotEquals(APRIL, FiscalCalendar.of(Month.MAY, ZoneOffset.UTC, DayOfWeek.MONDAY));
        assertNotEquals(APRIL, FiscalCalendar.of(Month.APRIL, ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY));
        assertNotEquals(APRIL, FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, DayOfWeek.SUNDAY));
        assertEquals("FiscalCalendar[start=APRIL, zone=Z, weekStart=MONDAY]", APRIL.toString());
    }

    @Test
    public void calendarYearEndMovesMonthQuarterAndYearOn() {
        LocalDate lastDay = day("2025-12-31");
        LocalDate firstDay = day("2026-01-01");

        assertPeriod("FY2025-M12", "2025-12-01", "2026-01-01", CALENDAR_YEAR.periodContaining(PeriodType.MONTH, lastDay));
        assertPeriod("FY2026-M01", "2026-01-01", "2026-02-01", CALENDAR_YEAR.periodContaining(PeriodType.MONTH, firstDay));
        assertPeriod("FY2025-Q4", "2025-10-01", "2026-01-01", CALENDAR_YEAR.periodContaining(PeriodType.QUARTER, lastDay));
        assertPeriod("FY2026-Q1", "2026-01-01", "2026-04-01", CALENDAR_YEAR.periodContaining(PeriodType.QUARTER, firstDay));
        assertPeriod("FY2025", "2025-01-01", "2026-01-01", CALENDAR_YEAR.periodContaining(PeriodType.YEAR, lastDay));
        assertPeriod("FY2026", "2026-01-01", "2027-01-01", CALENDAR_YEAR.periodContaining(PeriodType.YEAR, firstDay));
        for (PeriodType type : new PeriodType[] {PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR}) {
            assertEquals(CALENDAR_YEAR.periodContaining(type, firstDay), CALENDAR_YEAR.periodContaining(type, lastDay).next());
        }
    }

    @Test
    public void weeksCrossTheCalendarYearEndWhereTheIsoRuleSays() {
        // 2023-12-31 is a Sunday: the year and the week end together.
        assertPeriod("2023-W52", "2023-12-25", "2024-01-01", CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2023-12-31")));
        assertPeriod("2024-W01", "2024-01-01", "2024-01-08", CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2024-01-01")));
        // 2026 starts on a Thursday, so the week of 31 December 2025 is already week 1 of 2026.
        Period week = CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2025-12-31"));
        assertPeriod("2026-W01", "2025-12-29", "2026-01-05", week);
        assertEquals(week, CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-01-01")));
        assertPeriod("2020-W01", "2019-12-30", "2020-01-06", CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2019-12-31")));
    }

    @Test
    public void isoWeek53Of2020RunsIntoJanuary2021() {
        Period week = CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2021-01-03"));
        assertPeriod("2020-W53", "2020-12-28", "2021-01-04", week);
        assertEquals(53, week.number());
        assertEquals(week, CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2020-12-28")));
        assertPeriod("2021-W01", "2021-01-04", "2021-01-11", week.next());
        assertPeriod("2020-W52", "2020-12-21", "2020-12-28", week.previous());
    }

    @Test
    public void isoWeek53Of2026RunsIntoJanuary2027() {
        Period week = CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-12-31"));
        assertPeriod("2026-W53", "2026-12-28", "2027-01-04", week);
        assertEquals(53, week.number());
        assertEquals(week, CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2027-01-03")));
        assertPeriod("2027-W01", "2027-01-04", "2027-01-11", week.next());
    }

    @Test
    public void sundayWeeksStartOnSundayAndAreNumberedByTheirOwnWeekYear() {
        Period week = SUNDAY_WEEKS.periodContaining(PeriodType.WEEK, day("2026-01-01"));
        assertPeriod("2025-W53", "2025-12-28", "2026-01-04", week);
        assertEquals(DayOfWeek.SUNDAY, week.start().getDayOfWeek());
        assertPeriod("2026-W01", "2026-01-04", "2026-01-11", week.next());
        // The same days on Monday weeks fall in 2026-W01 (Mon 29 Dec – Sun 4 Jan).
        assertPeriod("2026-W01", "2025-12-29", "2026-01-05", CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-01-01")));
        // With Sunday weeks 2026 has only 52: the week of 31 December 2026 is its week 52.
        assertPeriod("2026-W52", "2026-12-27", "2027-01-03", SUNDAY_WEEKS.periodContaining(PeriodType.WEEK, day("2026-12-31")));
        assertPeriod("2027-W01", "2027-01-03", "2027-01-10", SUNDAY_WEEKS.periodContaining(PeriodType.WEEK, day("2027-01-03")));
    }

    @Test
    public void aWeekStartsOnTheDayItself() {
        Period week = CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-05-11"));
        assertEquals(day("2026-05-11"), week.start());
        assertEquals(day("2026-05-11"), CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-05-17")).start());
        assertEquals(day("2026-05-18"), CALENDAR_YEAR.periodContaining(PeriodType.WEEK, day("2026-05-18")).start());
    }

    @Test
    public void aprilFiscalYearIsNamedByTheYearItEndsIn() {
        assertEquals(2026, APRIL.fiscalYearOf(day("2026-03-31")));
        assertEquals(2027, APRIL.fiscalYearOf(day("2026-04-01")));
        assertEquals(2027, APRIL.fiscalYearOf(day("2027-03-31")));
        assertEquals(day("2026-04-01"), APRIL.fiscalYearStartDate(2027));
        assertEquals(2026, CALENDAR_YEAR.fiscalYearOf(day("2026-12-31")));
        assertEquals(day("2026-01-01"), CALENDAR_YEAR.fiscalYearStartDate(2026));

        assertPeriod("FY2026", "2025-04-01", "2026-04-01", APRIL.periodContaining(PeriodType.YEAR, day("2026-03-31")));
        assertPeriod("FY2027", "2026-04-01", "2027-04-01", APRIL.periodContaining(PeriodType.YEAR, day("2026-04-01")));
    }

    @Test
    public void aprilFiscalQuartersAreThreeMonthBlocksFromApril() {
        assertPeriod("FY2026-Q4", "2026-01-01", "2026-04-01", APRIL.periodContaining(PeriodType.QUARTER, day("2026-03-31")));
        assertPeriod("FY2027-Q1", "2026-04-01", "2026-07-01", APRIL.periodContaining(PeriodType.QUARTER, day("2026-04-01")));
        assertPeriod("FY2027-Q1", "2026-04-01", "2026-07-01", APRIL.periodContaining(PeriodType.QUARTER, day("2026-06-30")));
        assertPeriod("FY2027-Q2", "2026-07-01", "2026-10-01", APRIL.periodContaining(PeriodType.QUARTER, day("2026-07-01")));
        // The calendar year ends inside the fiscal year: Q3 becomes Q4 of the same FY2027.
        assertPeriod("FY2027-Q3", "2026-10-01", "2027-01-01", APRIL.periodContaining(PeriodType.QUARTER, day("2026-12-31")));
        assertPeriod("FY2027-Q4", "2027-01-01", "2027-04-01", APRIL.periodContaining(PeriodType.QUARTER, day("2027-01-01")));
        assertPeriod("FY2027", "2026-04-01", "2027-04-01", APRIL.periodContaining(PeriodType.YEAR, day("2027-01-01")));
    }

    @Test
    public void monthsAreCalendarMonthsCountedFromTheFiscalYearStart() {
        assertPeriod("FY2026-M12", "2026-03-01", "2026-04-01", APRIL.periodContaining(PeriodType.MONTH, day("2026-03-31")));
        assertPeriod("FY2027-M01", "2026-04-01", "2026-05-01", APRIL.periodContaining(PeriodType.MONTH, day("2026-04-01")));
        assertPeriod("FY2027-M09", "2026-12-01", "2027-01-01", APRIL.periodContaining(PeriodType.MONTH, day("2026-12-15")));
        assertPeriod("FY2027-M10", "2027-01-01", "2027-02-01", APRIL.periodContaining(PeriodType.MONTH, day("2027-01-01")));
        FiscalCalendar october = FiscalCalendar.of(Month.OCTOBER, ZoneOffset.UTC, DayOfWeek.MONDAY);
        assertPeriod("FY2026-M01", "2025-10-01", "2025-11-01", october.periodContaining(PeriodType.MONTH, day("2025-10-09")));
        assertPeriod("FY2026-M12", "2026-09-01", "2026-10-01", october.periodContaining(PeriodType.MONTH, day("2026-09-30")));
        assertPeriod("FY2026-M05", "2026-02-01", "2026-03-01", october.periodContaining(PeriodType.MONTH, day("2026-02-28")));
        assertPeriod("FY2024-M05", "2024-02-01", "2024-03-01", october.periodContaining(PeriodType.MONTH, day("2024-02-29")));
    }

    @Test
    public void decemberStartPutsDecemberInTheNextFiscalYear() {
        FiscalCalendar december = FiscalCalendar.of(Month.DECEMBER, ZoneOffset.UTC, DayOfWeek.MONDAY);
        assertPeriod("FY2026", "2025-12-01", "2026-12-01", december.periodContaining(PeriodType.YEAR, day("2025-12-01")));
        assertPeriod("FY2025-Q4", "2025-09-01", "2025-12-01", december.periodContaining(PeriodType.QUARTER, day("2025-11-30")));
        assertPeriod("FY2026-Q1", "2025-12-01", "2026-03-01", december.periodContaining(PeriodType.QUARTER, day("2026-02-28")));
    }

    @Test
    public void anInstantBelongsToTheDayOfTheCalendarsZone() {
        Instant instant = Instant.parse("2026-03-31T23:30:00Z");
        FiscalCalendar shanghai = FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.MONDAY);
        assertEquals("FY2027-Q1", shanghai.periodContaining(PeriodType.QUARTER, instant).key());
        assertEquals("FY2026-Q4", APRIL.periodContaining(PeriodType.QUARTER, instant).key());
        FiscalCalendar losAngeles = FiscalCalendar.of(Month.JANUARY, ZoneId.of("America/Los_Angeles"), DayOfWeek.MONDAY);
        assertEquals("FY2026", losAngeles.periodContaining(PeriodType.YEAR, Instant.parse("2027-01-01T07:59:59Z")).key());
        assertEquals("FY2027", losAngeles.periodContaining(PeriodType.YEAR, Instant.parse("2027-01-01T08:00:00Z")).key());
    }

    @Test
    public void todayIsTheDateInTheCalendarsZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(day("2026-03-31"), APRIL.today(clock));
        assertEquals(day("2026-04-01"), FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.MONDAY).today(clock));
        assertEquals(day("2026-03-31"), FiscalCalendar.of(Month.APRIL, ZoneId.of("America/New_York"), DayOfWeek.MONDAY).today(clock));
    }

    @Test
    public void periodContainingRefusesNulls() {
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> APRIL.periodContaining(null, day("2026-01-01"))).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class,
                () -> APRIL.periodContaining(PeriodType.WEEK, (LocalDate) null)).getMessage());
    }
}
