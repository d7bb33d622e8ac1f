package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
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

import static com.salesteam.jira.jobs.LockedJobChecks.assertFailureReportedAndLockReleased;
import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
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
    private CompetitionService competitions;
    @Mock
    private SchedulerService scheduler;

    @Test
    public void freezesUnderTheClusterLockAndReportsWhatItDidIncludingSkippedFailures() {
        when(competitions.freezeEnded()).thenReturn(new FreezeReport(List.of(4L, 5L),
                List.of(new FreezeReport.Failure(6L, "disk full"))));

        assertRunsUnderTheLock(CompetitionFreezeJob.LOCK, locks -> new CompetitionFreezeJob(locks, competitions),
                "competitions frozen: 2, failed: 1");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(CompetitionFreezeJob.LOCK,
                locks -> new CompetitionFreezeJob(locks, competitions));

        verify(competitions, never()).freezeEnded();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(competitions.freezeEnded()).thenThrow(new IllegalStateException("database gone"));

        assertFailureReportedAndLockReleased(CompetitionFreezeJob.LOCK,
                locks -> new CompetitionFreezeJob(locks, competitions), "IllegalStateException: database gone");
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
