package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.Schedule}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) Schedule (with nested Type enum); real value behaviour kept (factories, getters, equals/hashCode). */
public final class Schedule {
    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo, CronScheduleInfo cronScheduleInfo) {
        this.type = Objects.requireNonNull(type, "type");
        this.intervalScheduleInfo = intervalScheduleInfo;
        this.cronScheduleInfo = cronScheduleInfo;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Schedule other = (Schedule) o;
        return type == other.type
                && Objects.equals(intervalScheduleInfo, other.intervalScheduleInfo)
                && Objects.equals(cronScheduleInfo, other.cronScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo, cronScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + (type == Type.CRON_EXPRESSION
                ? ",cronScheduleInfo=" + cronScheduleInfo
                : ",intervalScheduleInfo=" + intervalScheduleInfo) + ']';
    }

    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
