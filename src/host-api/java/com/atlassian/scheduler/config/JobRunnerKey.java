package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.JobRunnerKey}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobRunnerKey; real value behaviour kept. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String key;

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && ((JobRunnerKey) o).key.equals(key));
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
