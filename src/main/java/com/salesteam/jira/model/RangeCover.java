package com.salesteam.jira.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces that add up to a range of days, largest first where they fit: the whole fiscal years, quarters and
 * months inside it, then the whole weeks of what is left on either side, then single days. A deal change forgets the
 * sums of exactly these pieces (its week, month, quarter, year and day), so each can be cached whole while any range
 * built from them stays exact: a 30-day range is at most four weeks and a dozen days.
 */
public final class RangeCover {

    private static final List<PeriodType> MONTH_OR_LONGER = List.of(PeriodType.YEAR, PeriodType.QUARTER,
            PeriodType.MONTH);

    private RangeCover() {
    }

    /** Disjoint pieces in day order, together exactly the range's days. */
    public static List<DateRange> of(DateRange range, FiscalCalendar calendar) {
        List<DateRange> pieces = new ArrayList<>();
        LocalDate firstMonth = startOnOrAfter(PeriodType.MONTH, range.start(), calendar);
        LocalDate lastMonthEnd = endOnOrBefore(PeriodType.MONTH, range.end(), calendar);
        if (firstMonth.isBefore(lastMonthEnd)) {
            weeksAndDays(range.start(), firstMonth, calendar, pieces);
            LocalDate cursor = firstMonth;
            while (cursor.isBefore(lastMonthEnd)) {
                Period piece = largestFrom(cursor, lastMonthEnd, calendar);
                pieces.add(DateRange.of(piece));
                cursor = piece.end();
            }
            weeksAndDays(lastMonthEnd, range.end(), calendar, pieces);
        } else {
            weeksAndDays(range.start(), range.end(), calendar, pieces);
        }
        return pieces;
    }

    /** A month always fits from a month's first day up to a month's end. */
    private static Period largestFrom(LocalDate cursor, LocalDate end, FiscalCalendar calendar) {
        for (PeriodType type : MONTH_OR_LONGER) {
            Period period = calendar.periodContaining(type, cursor);
            if (period.start().equals(cursor) && !period.end().isAfter(end)) {
                return period;
            }
        }
        throw new IllegalStateException("no month starts on " + cursor);
    }

    private static void weeksAndDays(LocalDate start, LocalDate end, FiscalCalendar calendar, List<DateRange> pieces) {
        LocalDate firstWeek = startOnOrAfter(PeriodType.WEEK, start, calendar);
        LocalDate lastWeekEnd = endOnOrBefore(PeriodType.WEEK, end, calendar);
        if (firstWeek.isBefore(lastWeekEnd)) {
            days(start, firstWeek, pieces);
            for (LocalDate week = firstWeek; week.isBefore(lastWeekEnd); week = week.plusWeeks(1)) {
                pieces.add(new DateRange(week, week.plusWeeks(1)));
            }
            days(lastWeekEnd, end, pieces);
        } else {
            days(start, end, pieces);
        }
    }

    private static void days(LocalDate start, LocalDate end, List<DateRange> pieces) {
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            pieces.add(new DateRange(day, day.plusDays(1)));
        }
    }

    private static LocalDate startOnOrAfter(PeriodType type, LocalDate day, FiscalCalendar calendar) {
        Period period = calendar.periodContaining(type, day);
        return period.start().equals(day) ? day : period.end();
    }

    private static LocalDate endOnOrBefore(PeriodType type, LocalDate end, FiscalCalendar calendar) {
        Period period = calendar.periodContaining(type, end.minusDays(1));
        return period.end().equals(end) ? end : period.start();
    }
}
