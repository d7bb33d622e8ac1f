package com.salesteam.jira.model;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Objects;

/**
 * The company's calendar: the month its fiscal year starts, the time zone in which days begin and end, and
 * the day weeks start on.
 *
 * <p>A fiscal year is named by the calendar year in which it <em>ends</em>: with an April start, FY2027 runs
 * from 1 April 2026 to 31 March 2027; with a January start, FY2026 is calendar 2026. Quarters are three-month
 * blocks from the fiscal year's start; months are calendar months. Weeks are numbered ISO-style (ISO 8601 when
 * they start on Monday): week 1 is the first week with at least four days in the new year, so some years have a
 * week 53, and a week belongs to the week-based year that holds most of its days.
 */
public final class FiscalCalendar {

    public static final FiscalCalendar DEFAULT = new FiscalCalendar(Month.JANUARY, ZoneId.of("UTC"), DayOfWeek.MONDAY);

    private final Month fiscalYearStart;
    private final ZoneId zone;
    private final DayOfWeek weekStart;

    private FiscalCalendar(Month fiscalYearStart, ZoneId zone, DayOfWeek weekStart) {
        this.fiscalYearStart = Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
    }

    public static FiscalCalendar of(Month fiscalYearStart, ZoneId zone, DayOfWeek weekStart) {
        return new FiscalCalendar(fiscalYearStart, zone, weekStart);
    }

    public Month fiscalYearStart() {
        return fiscalYearStart;
    }

    public ZoneId zone() {
        return zone;
    }

    public DayOfWeek weekStart() {
        return weekStart;
    }

    /** Today in the calendar's time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Period periodContaining(PeriodType type, Instant instant) {
        return periodContaining(type, LocalDate.ofInstant(instant, zone));
    }

    public Period periodContaining(PeriodType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        return switch (type) {
            case WEEK -> {
                LocalDate start = date.with(TemporalAdjusters.previousOrSame(weekStart));
                yield new Period(type, this, start, start.plusWeeks(1));
            }
            case MONTH -> {
                LocalDate start = date.withDayOfMonth(1);
                yield new Period(type, this, start, start.plusMonths(1));
            }
            case QUARTER -> {
                LocalDate yearStart = fiscalYearStartDate(fiscalYearOf(date));
                int monthsIn = monthsIntoFiscalYear(date);
                LocalDate start = yearStart.plusMonths(monthsIn - monthsIn % 3);
                yield new Period(type, this, start, start.plusMonths(3));
            }
            case YEAR -> {
                int year = fiscalYearOf(date);
                yield new Period(type, this, fiscalYearStartDate(year), fiscalYearStartDate(year + 1));
            }
        };
    }

    /** The fiscal year a day belongs to, named by the calendar year in which that fiscal year ends. */
    public int fiscalYearOf(LocalDate date) {
        if (fiscalYearStart == Month.JANUARY) {
            return date.getYear();
        }
        return date.getMonthValue() >= fiscalYearStart.getValue() ? date.getYear() + 1 : date.getYear();
    }

    /** The first day of fiscal year {@code fiscalYear}. */
    public LocalDate fiscalYearStartDate(int fiscalYear) {
        int calendarYear = fiscalYearStart == Month.JANUARY ? fiscalYear : fiscalYear - 1;
        return LocalDate.of(calendarYear, fiscalYearStart, 1);
    }

    /** 0 for the fiscal year's first month, 11 for its last. */
    int monthsIntoFiscalYear(LocalDate date) {
        return (date.getMonthValue() - fiscalYearStart.getValue() + 12) % 12;
    }

    /** Week 1 holds at least four days of the new year; with a Monday start this is exactly ISO 8601. */
    WeekFields weekFields() {
        return WeekFields.of(weekStart, 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalCalendar that && fiscalYearStart == that.fiscalYearStart
                && zone.equals(that.zone) && weekStart == that.weekStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fiscalYearStart, zone, weekStart);
    }

    @Override
    public String toString() {
        return "FiscalCalendar[start=" + fiscalYearStart + ", zone=" + zone + ", weekStart=" + weekStart + "]";
    }
}
