package com.atlassian.scheduler;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.JobRunner}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobRunner (return value is @Nullable: null means success). */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
