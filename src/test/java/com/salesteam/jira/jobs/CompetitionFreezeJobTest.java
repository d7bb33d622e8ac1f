package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.FreezeReport;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.salesteam.jira.jobs.ClusterLockStubs.lockFree;
import static com.salesteam.jira.jobs.ClusterLockStubs.lockHeldByAnotherNode;
import static com.salesteam.jira.jobs.SchedulerChecks.assertRunnerRegisteredButNotRescheduled;
import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static com.salesteam.jira.jobs.SchedulerChecks.everyJobAlreadyScheduled;
import static org.junit.Assert.assertEquals;
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
        lockFree(lockService, CompetitionFreezeJob.LOCK, lock);
        when(competitions.freezeEnded()).thenReturn(new FreezeReport(List.of(4L, 5L),
                List.of(new FreezeReport.Failure(6L, "disk full"))));

        JobRunnerResponse response = new CompetitionFreezeJob(lockService, competitions).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("competitions frozen: 2, failed: 1", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        lockHeldByAnotherNode(lockService, CompetitionFreezeJob.LOCK, lock);

        JobRunnerResponse response = new CompetitionFreezeJob(lockService, competitions).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(competitions, never()).freezeEnded();
        verify(lock, never()).unlock();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        lockFree(lockService, CompetitionFreezeJob.LOCK, lock);
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
        JobConfig hourly = assertScheduledOncePerCluster(scheduler, CompetitionJobRegistrar.FREEZE_HOURLY, 3_600_000L,
                "2026-11-26T12:15:00Z");
        assertEquals(CompetitionJobRegistrar.FREEZE, hourly.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(CompetitionJobRegistrar.FREEZE);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        CompetitionFreezeJob job = new CompetitionFreezeJob(lockService, competitions);

        new CompetitionJobRegistrar(scheduler, job, Clock.systemUTC()).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, CompetitionJobRegistrar.FREEZE, job,
                CompetitionJobRegistrar.FREEZE_HOURLY);
    }
}
