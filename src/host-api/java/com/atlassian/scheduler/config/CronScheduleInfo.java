package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.CronScheduleInfo}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) CronScheduleInfo (package-private constructor); real value behaviour kept. */
public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        CronScheduleInfo other = (CronScheduleInfo) o;
        return cronExpression.equals(other.cronExpression) && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone=" + (timeZone != null ? timeZone.getID() : null) + ']';
    }
}
