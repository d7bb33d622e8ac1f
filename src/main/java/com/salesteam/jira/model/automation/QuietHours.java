package com.salesteam.jira.model.automation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Local times in which nobody is nudged: from {@code start} (inclusive) to {@code end} (exclusive), across midnight
 * when {@code end} is before {@code start}; {@code start == end} means no quiet hours. Weekends may be quiet too.
 */
public record QuietHours(LocalTime start, LocalTime end, boolean weekends) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), true);
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether this moment, read on the person's own clock, is quiet. */
    public boolean isQuiet(ZonedDateTime local) {
        if (weekends && (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            return true;
        }
        LocalTime time = local.toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }
}
