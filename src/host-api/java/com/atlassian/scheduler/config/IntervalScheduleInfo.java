package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.IntervalScheduleInfo}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) IntervalScheduleInfo (package-private constructor); real value behaviour kept. */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0L) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        IntervalScheduleInfo other = (IntervalScheduleInfo) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + firstRunTime + ",intervalInMillis=" + intervalInMillis + ']';
    }
}
