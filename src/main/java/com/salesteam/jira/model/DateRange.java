package com.salesteam.jira.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar days from {@link #start()} (inclusive) to {@link #end()} (exclusive): a week, a fiscal period
 * or a custom range of a leaderboard. Its {@link #key()} names the days it holds, first and last, e.g.
 * {@code 2026-05-04..2026-05-17}.
 */
public record DateRange(LocalDate start, LocalDate end) {

    private static final Pattern KEY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a range holds at least one day: " + start + " to " + end);
        }
    }

    /** From the first to the last day, both included. */
    public static DateRange ofDays(LocalDate first, LocalDate last) {
        return new DateRange(first, last.plusDays(1));
    }

    public static DateRange of(Period period) {
        return new DateRange(period.start(), period.end());
    }

    /** The range a {@link #key()} names; empty for anything else. */
    public static Optional<DateRange> parse(String key) {
        Matcher matcher = KEY.matcher(key.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate first = LocalDate.parse(matcher.group(1));
            LocalDate last = LocalDate.parse(matcher.group(2));
            return last.isBefore(first) ? Optional.empty() : Optional.of(ofDays(first, last));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate last() {
        return end.minusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** The range of the same length that ends the day before this one starts. */
    public DateRange previous() {
        return new DateRange(start.minusDays(days()), start);
    }

    public String key() {
        return start + ".." + last();
    }
}
