package com.salesteam.jira.jobs;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
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

import static com.salesteam.jira.jobs.SchedulerChecks.assertRunnerRegisteredButNotRescheduled;
import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static com.salesteam.jira.jobs.SchedulerChecks.everyJobAlreadyScheduled;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The onboarding job is scheduled once per cluster by the first node, and a team change asks for one run now. */
public class OnboardingJobsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;

    @Test
    public void theFirstNodeSchedulesItEveryHalfHourOncePerCluster() throws Exception {
        OnboardingJob job = mock(OnboardingJob.class);
        OnboardingJobs jobs = new OnboardingJobs(scheduler, job, CLOCK);

        jobs.onStart();
        jobs.onStop();

        verify(scheduler).registerJobRunner(OnboardingJobs.ONBOARDING, job);
        JobConfig config = assertScheduledOncePerCluster(scheduler, OnboardingJobs.EVERY_HALF_HOUR, 30 * 60_000L,
                "2026-11-26T12:20:00Z");
        assertEquals(OnboardingJobs.ONBOARDING, config.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(OnboardingJobs.ONBOARDING);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        OnboardingJob job = mock(OnboardingJob.class);

        new OnboardingJobs(scheduler, job, CLOCK).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, OnboardingJobs.ONBOARDING, job,
                OnboardingJobs.EVERY_HALF_HOUR);
    }

    @Test
    public void runSoonSchedulesOneRunNowOnOneNode() throws Exception {
        new OnboardingJobs(scheduler, mock(OnboardingJob.class), CLOCK).runSoon();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(OnboardingJobs.NOW), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(OnboardingJobs.ONBOARDING, config.getValue().getJobRunnerKey());
        assertEquals(com.atlassian.scheduler.config.Schedule.runOnce(Date.from(CLOCK.instant())), config.getValue().getSchedule());
    }
}
