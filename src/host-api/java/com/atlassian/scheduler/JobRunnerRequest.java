package com.atlassian.scheduler;

import java.util.Date;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.JobRunnerRequest}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobRunnerRequest. */
public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
