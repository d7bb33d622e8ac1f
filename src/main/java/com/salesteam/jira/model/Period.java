package com.salesteam.jira.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One week, month, quarter or fiscal year of a {@link FiscalCalendar}: from {@link #start()} (inclusive) to
 * {@link #end()} (exclusive). Its {@link #key()} names it stably, e.g. {@code FY2027}, {@code FY2027-Q1},
 * {@code FY2027-M01} (the fiscal year's first month) or {@code 2026-W53}.
 */
public final class Period {

    private static final Pattern YEAR_KEY = Pattern.compile("FY(\\d{4})");
    private static final Pattern QUARTER_KEY = Pattern.compile("FY(\\d{4})-Q(\\d)");
    private static final Pattern MONTH_KEY = Pattern.compile("FY(\\d{4})-M(\\d{2})");
    private static final Pattern WEEK_KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final PeriodType type;
    private final FiscalCalendar calendar;
    private final LocalDate start;
    private final LocalDate end;

    Period(PeriodType type, FiscalCalendar calendar, LocalDate start, LocalDate end) {
        this.type = Objects.requireNonNull(type, "type");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
    }

    public PeriodType type() {
        return type;
    }

    public FiscalCalendar calendar() {
        return calendar;
    }

    public LocalDate start() {
        return start;
    }

    /** The first day after the period. */
    public LocalDate end() {
        return end;
    }

    /** The fiscal year the period starts in (for a week that straddles two fiscal years, the first). */
    public int fiscalYear() {
        return calendar.fiscalYearOf(start);
    }

    /** Quarter 1–4, fiscal month 1–12, week of the week-based year, or the fiscal year itself. */
    public int number() {
        return switch (type) {
            case WEEK -> start.get(calendar.weekFields().weekOfWeekBasedYear());
            case MONTH -> calendar.monthsIntoFiscalYear(start) + 1;
            case QUARTER -> calendar.monthsIntoFiscalYear(start) / 3 + 1;
            case YEAR -> fiscalYear();
        };
    }

    public String key() {
        return switch (type) {
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", weekBasedYear(), number());
            case MONTH -> String.format(Locale.ROOT, "FY%04d-M%02d", fiscalYear(), number());
            case QUARTER -> String.format(Locale.ROOT, "FY%04d-Q%d", fiscalYear(), number());
            case YEAR -> String.format(Locale.ROOT, "FY%04d", fiscalYear());
        };
    }

    /** The period a {@link #key()} names on this calendar; empty for anything else. */
    public static Optional<Period> parse(String key, FiscalCalendar calendar) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(calendar, "calendar");
        Matcher matcher = YEAR_KEY.matcher(key);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return Optional.of(calendar.periodContaining(PeriodType.YEAR, calendar.fiscalYearStartDate(year)));
        }
        matcher = QUARTER_KEY.matcher(key);
        if (matcher.matches()) {
            int quarter = Integer.parseInt(matcher.group(2));
            if (quarter < 1 || quarter > 4) {
                return Optional.empty();
            }
            LocalDate first = calendar.fiscalYearStartDate(Integer.parseInt(matcher.group(1))).plusMonths(3L * (quarter - 1));
            return Optional.of(calendar.periodContaining(PeriodType.QUARTER, first));
        }
        matcher = MONTH_KEY.matcher(key);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            LocalDate first = calendar.fiscalYearStartDate(Integer.parseInt(matcher.group(1))).plusMonths(month - 1L);
            return Optional.of(calendar.periodContaining(PeriodType.MONTH, first));
        }
        matcher = WEEK_KEY.matcher(key);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            int week = Integer.parseInt(matcher.group(2));
            if (week < 1 || week > 53) {
                return Optional.empty();
            }
            // Week 1 is the week holding 4 January (at least four days of the new year).
            LocalDate firstWeek = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(calendar.weekStart()));
            Period period = calendar.periodContaining(PeriodType.WEEK, firstWeek.plusWeeks(week - 1L));
            return period.key().equals(key) ? Optional.of(period) : Optional.empty();
        }
        return Optional.empty();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, calendar.zone()));
    }

    /** Midnight at the start, in the calendar's time zone. */
    public Instant startInstant() {
        return start.atStartOfDay(calendar.zone()).toInstant();
    }

    public Instant endInstant() {
        return end.atStartOfDay(calendar.zone()).toInstant();
    }

    public Period next() {
        return calendar.periodContaining(type, end);
    }

    public Period previous() {
        return calendar.periodContaining(type, start.minusDays(1));
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * How much of the period has passed at {@code now}, from 0 to 1 (4 decimals), in real elapsed time: a day on
     * which clocks change counts its 23 or 25 hours.
     */
    public BigDecimal fractionElapsed(Instant now) {
        Instant from = startInstant();
        Instant to = endInstant();
        if (!now.isAfter(from)) {
            return BigDecimal.ZERO.setScale(4);
        }
        if (!now.isBefore(to)) {
            return BigDecimal.ONE.setScale(4);
        }
        BigDecimal elapsed = BigDecimal.valueOf(Duration.between(from, now).getSeconds());
        BigDecimal total = BigDecimal.valueOf(Duration.between(from, to).getSeconds());
        return elapsed.divide(total, 4, RoundingMode.HALF_UP);
    }

    /** A name for people: "Q1 FY2027", "April 2026", "Week 53, 2026"; in Chinese "2027财年第1季度" and so on. */
    public String label(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return switch (type) {
            case YEAR -> chinese ? fiscalYear() + "财年" : "FY" + fiscalYear();
            case QUARTER -> chinese ? fiscalYear() + "财年第" + number() + "季度" : "Q" + number() + " FY" + fiscalYear();
            case MONTH -> chinese ? start.getYear() + "年" + start.getMonthValue() + "月"
                    : start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            case WEEK -> chinese ? weekBasedYear() + "年第" + number() + "周" : "Week " + number() + ", " + weekBasedYear();
        };
    }

    private int weekBasedYear() {
        WeekFields fields = calendar.weekFields();
        return start.get(fields.weekBasedYear());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period that && type == that.type && calendar.equals(that.calendar)
                && start.equals(that.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, calendar, start);
    }

    @Override
    public String toString() {
        return key() + " [" + start + ", " + end + ")";
    }
}
