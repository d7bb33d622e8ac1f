package com.salesteam.jira.model;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class PeriodTest {

    private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.DEFAULT;
    private static final FiscalCalendar APRIL = FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, DayOfWeek.MONDAY);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final FiscalCalendar BERLIN_CALENDAR = FiscalCalendar.of(Month.JANUARY, BERLIN, DayOfWeek.MONDAY);

    /** Calendars the property loops walk: plain, April start in a DST zone, Sunday weeks, and odd start months. */
    private static final List<FiscalCalendar> CALENDARS = List.of(
            CALENDAR_YEAR,
            FiscalCalendar.of(Month.APRIL, BERLIN, DayOfWeek.MONDAY),
            FiscalCalendar.of(Month.JULY, ZoneId.of("America/New_York"), DayOfWeek.SUNDAY),
            FiscalCalendar.of(Month.DECEMBER, ZoneId.of("Asia/Shanghai"), DayOfWeek.SATURDAY),
            FiscalCalendar.of(Month.FEBRUARY, ZoneId.of("Australia/Sydney"), DayOfWeek.WEDNESDAY));

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Period parsed(String key, FiscalCalendar calendar) {
        return Period.parse(key, calendar).orElseThrow(() -> new AssertionError("no period for " + key));
    }

    // --- keys and numbers -------------------------------------------------------------------------------

    @Test
    public void numbersAndFiscalYearOfAnAprilCalendar() {
        Period quarter = APRIL.periodContaining(PeriodType.QUARTER, day("2027-02-10"));
        assertEquals(4, quarter.number());
        assertEquals(2027, quarter.fiscalYear());
        Period month = APRIL.periodContaining(PeriodType.MONTH, day("2026-06-10"));
        assertEquals(3, month.number());
        assertEquals(2027, month.fiscalYear());
        Period year = APRIL.periodContaining(PeriodType.YEAR, day("2026-06-10"));
        assertEquals(2027, year.number());
        assertEquals(2027, year.fiscalYear());
        Period week = APRIL.periodContaining(PeriodType.WEEK, day("2026-03-31"));
        assertEquals(14, week.number());
        assertEquals("2026-W14", week.key());
        assertEquals(2026, week.fiscalYear()); // starts Monday 30 March, still FY2026
    }

    @Test
    public void parseFindsEachKindOfKey() {
        Period year = parsed("FY2027", APRIL);
        assertEquals(PeriodType.YEAR, year.type());
        assertEquals(day("2026-04-01"), year.start());
        assertEquals(day("2027-04-01"), year.end());

        Period quarter = parsed("FY2027-Q1", APRIL);
        assertEquals(PeriodType.QUARTER, quarter.type());
        assertEquals(day("2026-04-01"), quarter.start());
        assertEquals(day("2026-07-01"), quarter.end());
        assertEquals(day("2027-01-01"), parsed("FY2027-Q4", APRIL).start());

        assertEquals(day("2026-04-01"), parsed("FY2027-M01", APRIL).start());
        assertEquals(day("2027-03-01"), parsed("FY2027-M12", APRIL).start());
        assertEquals(day("2027-04-01"), parsed("FY2027-M12", APRIL).end());

        Period week = parsed("2026-W53", CALENDAR_YEAR);
        assertEquals(PeriodType.WEEK, week.type());
        assertEquals(day("2026-12-28"), week.start());
        assertEquals(day("2027-01-04"), week.end());
        assertEquals(day("2020-12-28"), parsed("2020-W53", CALENDAR_YEAR).start());
        assertEquals(day("2019-12-30"), parsed("2020-W01", CALENDAR_YEAR).start());
        assertEquals(day("2025-12-28"), parsed("2025-W53", FiscalCalendar.of(Month.JANUARY, ZoneOffset.UTC, DayOfWeek.SUNDAY)).start());
    }

    @Test
    public void parseRefusesMalformedAndOutOfRangeKeys() {
        for (String key : List.of("FY2027-Q5", "FY2027-Q0", "FY2027-M13", "FY2027-M00", "FY2027-M1", "2026-W54",
                "2026-W00", "2021-W53", "2025-W53", "2026-W5", "garbage", "", " FY2027", "FY2027 ", "fy2027",
                "FY27", "FY2027-q1", "2026W01", "FY2027-Q1-M01", "FY-2027", "FY٢٠٢٧")) {
            assertEquals("key " + key, Optional.empty(), Period.parse(key, CALENDAR_YEAR));
        }
    }

    @Test
    public void aKeyMeansWhatItsCalendarSays() {
        assertEquals(day("2026-01-01"), parsed("FY2026-Q1", CALENDAR_YEAR).start());
        assertEquals(day("2025-04-01"), parsed("FY2026-Q1", APRIL).start());
        // 2025 has 52 Monday weeks but 53 Sunday weeks.
        assertEquals(Optional.empty(), Period.parse("2025-W53", CALENDAR_YEAR));
        assertTrue(Period.parse("2025-W53", FiscalCalendar.of(Month.JANUARY, ZoneOffset.UTC, DayOfWeek.SUNDAY)).isPresent());
    }

    @Test
    public void periodsAreEqualByTypeCalendarAndStart() {
        Period quarter = APRIL.periodContaining(PeriodType.QUARTER, day("2026-05-14"));
        Period same = parsed("FY2027-Q1", APRIL);
        assertEquals(quarter, same);
        assertEquals(quarter.hashCode(), same.hashCode());
        assertNotEquals(quarter, APRIL.periodContaining(PeriodType.MONTH, day("2026-04-01")));
        assertNotEquals(quarter, FiscalCalendar.of(Month.APRIL, BERLIN, DayOfWeek.MONDAY)
                .periodContaining(PeriodType.QUARTER, day("2026-05-14")));
        assertEquals("FY2027-Q1 [2026-04-01, 2026-07-01)", quarter.toString());
    }

    // --- navigation -------------------------------------------------------------------------------------

    @Test
    public void sixtyNextStepsAreContiguousForEveryType() {
        for (FiscalCalendar calendar : CALENDARS) {
            for (PeriodType type : PeriodType.values()) {
                Period period = calendar.periodContaining(type, day("2019-06-15"));
                for (int i = 0; i < 60; i++) {
                    Period next = period.next();
                    assertEquals(type, next.type());
                    assertEquals(calendar + " " + period, period.end(), next.start());
                    assertEquals(period, next.previous());
                    period = next;
                }
            }
        }
    }

    @Test
    public void sixtyPreviousStepsAreContiguousForEveryType() {
        for (PeriodType type : PeriodType.values()) {
            Period period = APRIL.periodContaining(type, day("2031-03-31"));
            for (int i = 0; i < 60; i++) {
                Period previous = period.previous();
                assertEquals(period.start(), previous.end());
                assertEquals(period, previous.next());
                period = previous;
            }
        }
    }

    @Test
    public void keysStepAcrossYearBoundaries() {
        assertEquals("FY2028-Q1", parsed("FY2027-Q4", APRIL).next().key());
        assertEquals("FY2026-Q4", parsed("FY2027-Q1", APRIL).previous().key());
        assertEquals("FY2028-M01", parsed("FY2027-M12", APRIL).next().key());
        assertEquals("FY2028", parsed("FY2027", APRIL).next().key());
        assertEquals("2027-W01", parsed("2026-W53", CALENDAR_YEAR).next().key());
        assertEquals("2026-W53", parsed("2027-W01", CALENDAR_YEAR).previous().key());
        assertEquals("2022-W01", parsed("2021-W52", CALENDAR_YEAR).next().key());
    }

    @Test
    public void lengthsInDays() {
        assertEquals(7, parsed("2026-W53", CALENDAR_YEAR).lengthInDays());
        assertEquals(29, parsed("FY2024-M02", CALENDAR_YEAR).lengthInDays());
        assertEquals(28, parsed("FY2026-M02", CALENDAR_YEAR).lengthInDays());
        assertEquals(31, parsed("FY2026-M03", BERLIN_CALENDAR).lengthInDays()); // DST does not shorten a day count
        assertEquals(90, parsed("FY2026-Q1", CALENDAR_YEAR).lengthInDays());
        assertEquals(92, parsed("FY2027-Q3", APRIL).lengthInDays());
        assertEquals(366, parsed("FY2024", CALENDAR_YEAR).lengthInDays());
        assertEquals(366, parsed("FY2024", APRIL).lengthInDays()); // April 2023 – March 2024 holds 29 February
        assertEquals(365, parsed("FY2025", APRIL).lengthInDays());
    }

    /** Every day from 2019 to 2031, on every test calendar and for every type. */
    @Test
    public void everyDayLiesInItsPeriodWhoseKeyRoundTrips() {
        for (FiscalCalendar calendar : CALENDARS) {
            for (PeriodType type : PeriodType.values()) {
                Period period = null;
                for (LocalDate d = day("2019-01-01"); d.isBefore(day("2032-01-01")); d = d.plusDays(1)) {
                    Period containing = calendar.periodContaining(type, d);
                    String where = calendar + " " + type + " " + d;
                    assertTrue(where, containing.contains(d));
                    assertTrue(where, containing.contains(containing.startInstant()));
                    assertFalse(where, containing.contains(containing.endInstant()));
                    assertEquals(where, Optional.of(containing), Period.parse(containing.key(), calendar));
                    assertEquals(where, containing.key(), Period.parse(containing.key(), calendar).get().key());
                    assertNumberInRange(where, containing);
                    if (period != null && !period.equals(containing)) {
                        assertEquals(where, period.next(), containing); // the walk meets each period in order
                    }
                    period = containing;
                }
            }
        }
    }

    private static void assertNumberInRange(String where, Period period) {
        int number = period.number();
        switch (period.type()) {
            case WEEK -> assertTrue(where, number >= 1 && number <= 53);
            case MONTH -> assertTrue(where, number >= 1 && number <= 12);
            case QUARTER -> assertTrue(where, number >= 1 && number <= 4);
            case YEAR -> assertEquals(where, period.fiscalYear(), number);
        }
    }

    // --- instants, DST and elapsed time -----------------------------------------------------------------

    @Test
    public void instantsAreMidnightInTheCalendarsZone() {
        Period march = parsed("FY2026-M03", BERLIN_CALENDAR);
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), march.startInstant()); // CET, +01:00
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), march.endInstant()); // CEST, +02:00
        assertEquals(Duration.ofDays(31).minusHours(1), Duration.between(march.startInstant(), march.endInstant()));

        Period october = parsed("FY2026-M10", BERLIN_CALENDAR);
        assertEquals(Duration.ofDays(31).plusHours(1), Duration.between(october.startInstant(), october.endInstant()));
        Period weekOfClockChange = BERLIN_CALENDAR.periodContaining(PeriodType.WEEK, day("2026-10-25"));
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(weekOfClockChange.startInstant(), weekOfClockChange.endInstant()));
    }

    @Test
    public void containsAnInstantByItsDayInTheCalendarsZone() {
        Period march = parsed("FY2026-M03", BERLIN_CALENDAR);
        assertFalse(march.contains(Instant.parse("2026-02-28T22:59:59Z")));
        assertTrue(march.contains(Instant.parse("2026-02-28T23:00:00Z")));
        assertTrue(march.contains(Instant.parse("2026-03-31T21:59:59Z")));
        assertFalse(march.contains(Instant.parse("2026-03-31T22:00:00Z")));
        assertFalse(march.contains(day("2026-02-28")));
        assertTrue(march.contains(day("2026-03-01")));
        assertTrue(march.contains(day("2026-03-31")));
        assertFalse(march.contains(day("2026-04-01")));
    }

    @Test
    public void fractionElapsedCountsTheRealLengthOfADstMonth() {
        Period march = parsed("FY2026-M03", BERLIN_CALENDAR);
        // 743 real hours: the midpoint is 371.5 hours in, not noon on 16 March local time.
        assertEquals(new BigDecimal("0.5000"), march.fractionElapsed(Instant.parse("2026-03-16T10:30:00Z")));
        // Local midnight of 30 March: 29 days minus the lost hour have passed, 695 of 743 hours.
        assertEquals(new BigDecimal("0.9354"), march.fractionElapsed(Instant.parse("2026-03-29T22:00:00Z")));
    }

    @Test
    public void fractionElapsedIsZeroBeforeAndOneAfter() {
        Period week = parsed("2026-W20", CALENDAR_YEAR); // 11 – 18 May 2026, UTC
        assertEquals(new BigDecimal("0.0000"), week.fractionElapsed(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(new BigDecimal("0.0000"), week.fractionElapsed(Instant.parse("2026-05-10T23:59:59Z")));
        assertEquals(new BigDecimal("0.0000"), week.fractionElapsed(Instant.parse("2026-05-11T00:00:00Z")));
        assertEquals(new BigDecimal("1.0000"), week.fractionElapsed(Instant.parse("2026-05-18T00:00:00Z")));
        assertEquals(new BigDecimal("1.0000"), week.fractionElapsed(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    public void fractionElapsedRoundsHalfUpToFourDecimals() {
        Period week = parsed("2026-W20", CALENDAR_YEAR);
        Instant start = week.startInstant();
        assertEquals(new BigDecimal("0.3333"), week.fractionElapsed(start.plus(Duration.ofHours(56))));
        assertEquals(new BigDecimal("0.6667"), week.fractionElapsed(start.plus(Duration.ofHours(112))));
        // 756 s of 604,800 s is exactly 0.00125: half up gives 0.0013 (half even would give 0.0012).
        assertEquals(new BigDecimal("0.0013"), week.fractionElapsed(start.plusSeconds(756)));
        assertEquals(new BigDecimal("1.0000"), week.fractionElapsed(week.endInstant().minusSeconds(1)));
    }

    // --- labels -----------------------------------------------------------------------------------------

    @Test
    public void labelsInEnglish() {
        assertEquals("Q1 FY2027", parsed("FY2027-Q1", APRIL).label(Locale.ENGLISH));
        assertEquals("April 2026", parsed("FY2027-M01", APRIL).label(Locale.US));
        assertEquals("March 2027", parsed("FY2027-M12", APRIL).label(Locale.UK));
        assertEquals("Week 53, 2026", parsed("2026-W53", CALENDAR_YEAR).label(Locale.ENGLISH));
        assertEquals("FY2027", parsed("FY2027", APRIL).label(Locale.ENGLISH));
    }

    @Test
    public void labelsInSimplifiedChinese() {
        assertEquals("2027财年第1季度", parsed("FY2027-Q1", APRIL).label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026年4月", parsed("FY2027-M01", APRIL).label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026年第53周", parsed("2026-W53", CALENDAR_YEAR).label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2027财年", parsed("FY2027", APRIL).label(Locale.CHINESE));
    }

    @Test
    public void otherLanguagesFallBackToEnglish() {
        assertEquals("Q1 FY2027", parsed("FY2027-Q1", APRIL).label(Locale.GERMANY));
        assertEquals("April 2026", parsed("FY2027-M01", APRIL).label(Locale.FRENCH));
        assertEquals("Week 1, 2020", parsed("2020-W01", CALENDAR_YEAR).label(Locale.ROOT));
    }
}
