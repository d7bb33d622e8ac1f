package com.atlassian.scheduler;

import java.util.Date;
import java.util.List;
import java.util.Set;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.SchedulerService}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) SchedulerService and docs.atlassian.com atlassian-scheduler-api 1.6.0 SchedulerService.html. getJobsByJobRunnerKeys left out. */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    Set<JobRunnerKey> getRegisteredJobRunnerKeys();

    Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs();

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException;

    JobDetails getJobDetails(JobId jobId);

    List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey jobRunnerKey);
}
