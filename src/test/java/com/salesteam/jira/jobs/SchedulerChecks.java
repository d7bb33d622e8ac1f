package com.salesteam.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What the registrar tests check of a mocked scheduler: jobs run once per cluster, scheduled by the first node. */
final class SchedulerChecks {

    private SchedulerChecks() {
    }

    /**
     * Checks that {@code id} was scheduled to run once per cluster every {@code intervalMillis}, first at
     * {@code firstRun}, and returns its config for further checks.
     */
    static JobConfig assertScheduledOncePerCluster(SchedulerService scheduler, JobId id, long intervalMillis,
                                                   String firstRun) throws Exception {
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(id), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(intervalMillis, config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(Instant.parse(firstRun)),
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        return config.getValue();
    }

    /** As a node starting after another sees it: every job already has a schedule. */
    static void everyJobAlreadyScheduled(SchedulerService scheduler) {
        when(scheduler.getJobDetails(any())).thenReturn(mock(JobDetails.class));
    }

    /** A later node registers its runner (jobs run on any node) but leaves the existing schedule alone. */
    static void assertRunnerRegisteredButNotRescheduled(SchedulerService scheduler, JobRunnerKey key, JobRunner job,
                                                        JobId id) throws Exception {
        verify(scheduler).registerJobRunner(key, job);
        verify(scheduler, never()).scheduleJob(eq(id), any());
    }
}
