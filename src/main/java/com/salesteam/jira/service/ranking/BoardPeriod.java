package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The days a leaderboard ranks and the days it measures movement against: a fiscal month, quarter or year (read
 * from the period rows), a week (from the day rows) or a custom range of days (from the day rows), each with the
 * period of the same kind before it; a custom range's previous is the range of as many days that ends the day
 * before it starts. {@link #key()} names it in the board (a period key, or {@code 2026-05-04..2026-05-17}).
 */
public record BoardPeriod(Kind kind, String key, String previousKey, DateRange range, DateRange previousRange) {

    /** How long a custom range may be: a year's boards are the fiscal year's. */
    public static final int MAX_RANGE_DAYS = 366;

    public enum Kind {
        /** A fiscal month, quarter or year: its period rows. */
        FISCAL,
        /** A week of the fiscal calendar: the day rows, cached per week. */
        WEEK,
        /** Any range of days: the day rows, read for the request. */
        CUSTOM
    }

    public BoardPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(previousKey, "previousKey");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(previousRange, "previousRange");
    }

    public static BoardPeriod of(Period period) {
        Period previous = period.previous();
        return new BoardPeriod(period.type() == PeriodType.WEEK ? Kind.WEEK : Kind.FISCAL, period.key(), previous.key(),
                DateRange.of(period), DateRange.of(previous));
    }

    public static BoardPeriod of(DateRange range) {
        return new BoardPeriod(Kind.CUSTOM, range.key(), range.previous().key(), range, range.previous());
    }

    /**
     * The period a request names: {@code from} and {@code to} (ISO days, both included) for a custom range, else
     * {@code periodKey} (a week, fiscal month, quarter or year key), else the current quarter. Each refusal names its
     * field: a range with a period, a range missing one end, a day that is no ISO date, {@code to} before
     * {@code from}, a range over {@link #MAX_RANGE_DAYS} days, a period key naming no period.
     */
    public static BoardPeriod resolve(FiscalCalendar calendar, String periodKey, String from, String to, Clock clock) {
        boolean range = !blank(from) || !blank(to);
        if (range) {
            if (!blank(periodKey)) {
                throw invalid("period", "salesteam.error.leaderboard.range.period");
            }
            LocalDate first = day(from, "from");
            LocalDate last = day(to, "to");
            if (last.isBefore(first)) {
                throw invalid("to", "salesteam.error.leaderboard.range.order");
            }
            DateRange days = DateRange.ofDays(first, last);
            if (days.days() > MAX_RANGE_DAYS) {
                throw ServiceException.invalid(FieldError.of("to", "salesteam.error.leaderboard.range.length", MAX_RANGE_DAYS));
            }
            return of(days);
        }
        if (blank(periodKey)) {
            return of(calendar.periodContaining(PeriodType.QUARTER, calendar.today(clock)));
        }
        return of(Period.parse(periodKey.strip(), calendar).orElseThrow(() -> ServiceException.invalid(
                FieldError.of("period", "salesteam.error.leaderboard.period", periodKey))));
    }

    private static LocalDate day(String text, String field) {
        if (blank(text)) {
            throw invalid(field, "salesteam.error.leaderboard.range.missing");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(FieldError.of(field, "salesteam.error.leaderboard.range.date", text));
        }
    }

    private static ServiceException invalid(String field, String key) {
        return ServiceException.invalid(FieldError.of(field, key));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
