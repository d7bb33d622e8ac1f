package com.atlassian.scheduler.status;

import java.io.Serializable;
import java.util.Date;
import java.util.Map;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.status.JobDetails}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobDetails and docs.atlassian.com atlassian-scheduler-api 1.6.0 JobDetails.html. */
public interface JobDetails {
    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    RunMode getRunMode();

    Schedule getSchedule();

    Date getNextRunTime();

    Map<String, Serializable> getParameters();

    boolean isRunnable();
}
