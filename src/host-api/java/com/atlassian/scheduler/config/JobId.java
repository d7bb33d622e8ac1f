package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.JobId}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobId; real value behaviour kept. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String id;

    public static JobId of(String id) {
        return new JobId(id);
    }

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && ((JobId) o).id.equals(id));
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
