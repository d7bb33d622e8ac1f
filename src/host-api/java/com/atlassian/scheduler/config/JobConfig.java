package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.JobConfig}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobConfig; real immutable-builder behaviour kept (defaults RUN_ONCE_PER_CLUSTER and runOnce(null), parameters copied unmodifiable, equals/hashCode). */
public final class JobConfig {
    private static final Map<String, Serializable> NO_PARAMETERS = Collections.emptyMap();

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null), NO_PARAMETERS);
    }

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule, Map<String, Serializable> parameters) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
        this.parameters = parameters;
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        Map<String, Serializable> copy = parameters == null || parameters.isEmpty()
                ? NO_PARAMETERS
                : Collections.unmodifiableMap(new HashMap<>(parameters));
        return new JobConfig(jobRunnerKey, runMode, schedule, copy);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        JobConfig other = (JobConfig) o;
        return jobRunnerKey.equals(other.jobRunnerKey)
                && runMode == other.runMode
                && schedule.equals(other.schedule)
                && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        int result = jobRunnerKey.hashCode();
        result = 31 * result + runMode.hashCode();
        result = 31 * result + schedule.hashCode();
        result = 31 * result + parameters.hashCode();
        return result;
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule
                + ",parameters=" + parameters + ']';
    }
}
