package com.salesteam.jira.jobs;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The review cycles are scheduled once per cluster, by the first node to start. */
public class CadenceJobsTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;

    @Test
    public void theFirstNodeSchedulesTheReviewCyclesEverySixHoursOncePerCluster() throws Exception {
        ReviewCycleJob job = mock(ReviewCycleJob.class);
        CadenceJobs jobs = new CadenceJobs(scheduler, job,
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

        jobs.onStart();
        jobs.onStop();

        verify(scheduler).registerJobRunner(CadenceJobs.REVIEW_CYCLES, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(CadenceJobs.REVIEW_CYCLES_JOB), config.capture());
        assertEquals(CadenceJobs.REVIEW_CYCLES, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(6 * 3_600_000L, config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(Instant.parse("2026-11-26T12:15:00Z")),
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        verify(scheduler).unregisterJobRunner(CadenceJobs.REVIEW_CYCLES);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        when(scheduler.getJobDetails(any())).thenReturn(mock(JobDetails.class));
        ReviewCycleJob job = mock(ReviewCycleJob.class);

        new CadenceJobs(scheduler, job, Clock.systemUTC()).onStart();

        verify(scheduler).registerJobRunner(CadenceJobs.REVIEW_CYCLES, job);
        verify(scheduler, never()).scheduleJob(eq(CadenceJobs.REVIEW_CYCLES_JOB), any());
    }
}
