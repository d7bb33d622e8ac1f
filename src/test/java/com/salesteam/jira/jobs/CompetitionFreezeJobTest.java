package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.FreezeReport;
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
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The hourly competition freeze: scheduled once per cluster, run under the cluster lock, failures skipped. */
public class CompetitionFreezeJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;
    @Mock
    private CompetitionService competitions;
    @Mock
    private JobRunnerRequest request;
    @Mock
    private SchedulerService scheduler;

    @Test
    public void freezesUnderTheClusterLockAndReportsWhatItDidIncludingSkippedFailures() {
        when(lockService.getLockForName(CompetitionFreezeJob.LOCK)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(competitions.freezeEnded()).thenReturn(new FreezeReport(List.of(4L, 5L),
                List.of(new FreezeReport.Failure(6L, "disk full"))));

        JobRunnerResponse response = new CompetitionFreezeJob(lockService, competitions).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("competitions frozen: 2, failed: 1", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        when(lockService.getLockForName(CompetitionFreezeJob.LOCK)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);

        JobRunnerResponse response = new CompetitionFreezeJob(lockService, competitions).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(competitions, never()).freezeEnded();
        verify(lock, never()).unlock();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(lockService.getLockForName(CompetitionFreezeJob.LOCK)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(competitions.freezeEnded()).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = new CompetitionFreezeJob(lockService, competitions).runJob(request);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("IllegalStateException: database gone", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void theHourlyFreezeIsScheduledOncePerClusterByTheFirstNode() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        CompetitionFreezeJob job = new CompetitionFreezeJob(lockService, competitions);
        CompetitionJobRegistrar registrar = new CompetitionJobRegistrar(scheduler, job, clock);

        registrar.onStart();
        registrar.onStop();

        verify(scheduler).registerJobRunner(CompetitionJobRegistrar.FREEZE, job);
        ArgumentCaptor<JobConfig> hourly = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(CompetitionJobRegistrar.FREEZE_HOURLY), hourly.capture());
        assertEquals(CompetitionJobRegistrar.FREEZE, hourly.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, hourly.getValue().getRunMode());
        assertEquals(3_600_000L, hourly.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(Instant.parse("2026-11-26T12:15:00Z")),
                hourly.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        verify(scheduler).unregisterJobRunner(CompetitionJobRegistrar.FREEZE);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        when(scheduler.getJobDetails(any())).thenReturn(mock(JobDetails.class));
        CompetitionFreezeJob job = new CompetitionFreezeJob(lockService, competitions);

        new CompetitionJobRegistrar(scheduler, job, Clock.systemUTC()).onStart();

        verify(scheduler).registerJobRunner(CompetitionJobRegistrar.FREEZE, job);
        verify(scheduler, never()).scheduleJob(eq(CompetitionJobRegistrar.FREEZE_HOURLY), any());
    }
}
