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

/** The 1:1 meetings job is scheduled once per cluster, by the first node to start. */
public class OneOnOneJobRegistrarTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;

    @Test
    public void theFirstNodeSchedulesTheMeetingsEveryThreeHoursOncePerCluster() throws Exception {
        OneOnOneJob job = mock(OneOnOneJob.class);
        OneOnOneJobRegistrar registrar = new OneOnOneJobRegistrar(scheduler, job,
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

        registrar.onStart();
        registrar.onStop();

        verify(scheduler).registerJobRunner(OneOnOneJobRegistrar.ONE_ON_ONES, job);
        JobConfig config = assertScheduledOncePerCluster(scheduler, OneOnOneJobRegistrar.ONE_ON_ONES_JOB,
                3 * 3_600_000L, "2026-11-26T12:20:00Z");
        assertEquals(OneOnOneJobRegistrar.ONE_ON_ONES, config.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(OneOnOneJobRegistrar.ONE_ON_ONES);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        OneOnOneJob job = mock(OneOnOneJob.class);

        new OneOnOneJobRegistrar(scheduler, job, Clock.systemUTC()).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, OneOnOneJobRegistrar.ONE_ON_ONES, job,
                OneOnOneJobRegistrar.ONE_ON_ONES_JOB);
    }
}
