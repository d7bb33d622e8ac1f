package com.salesteam.jira.jobs;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.salesteam.jira.jobs.SchedulerChecks.assertRunnerRegisteredButNotRescheduled;
import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static com.salesteam.jira.jobs.SchedulerChecks.everyJobAlreadyScheduled;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

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
        JobConfig config = assertScheduledOncePerCluster(scheduler, CadenceJobs.REVIEW_CYCLES_JOB, 6 * 3_600_000L,
                "2026-11-26T12:15:00Z");
        assertEquals(CadenceJobs.REVIEW_CYCLES, config.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(CadenceJobs.REVIEW_CYCLES);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        ReviewCycleJob job = mock(ReviewCycleJob.class);

        new CadenceJobs(scheduler, job, Clock.systemUTC()).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, CadenceJobs.REVIEW_CYCLES, job,
                CadenceJobs.REVIEW_CYCLES_JOB);
    }
}
