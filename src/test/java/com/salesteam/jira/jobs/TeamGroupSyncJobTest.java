package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.salesteam.jira.service.LedgerReconciler;
import com.salesteam.jira.service.TeamGroupSync;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.salesteam.jira.jobs.LockedJobChecks.assertFailureReportedAndLockReleased;
import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
import static com.salesteam.jira.jobs.SchedulerChecks.assertRunnerRegisteredButNotRescheduled;
import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static com.salesteam.jira.jobs.SchedulerChecks.everyJobAlreadyScheduled;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The hourly team group sync: scheduled once per cluster, run under the cluster lock. */
public class TeamGroupSyncJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private TeamGroupSync groupSync;
    @Mock
    private SchedulerService scheduler;
    @Mock
    private LedgerReconciler reconciler;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        when(groupSync.syncAll(any())).thenReturn(new TeamGroupSync.Run(4, 2, 1, true));

        assertRunsUnderTheLock(TeamGroupSyncJob.LOCK, locks -> new TeamGroupSyncJob(locks, groupSync),
                "synced 4 teams with their groups: 2 changed, 1 failed");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(TeamGroupSyncJob.LOCK,
                locks -> new TeamGroupSyncJob(locks, groupSync));

        verify(groupSync, never()).syncAll(any());
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(groupSync.syncAll(any())).thenThrow(new IllegalStateException("database gone"));

        assertFailureReportedAndLockReleased(TeamGroupSyncJob.LOCK, locks -> new TeamGroupSyncJob(locks, groupSync),
                "IllegalStateException: database gone");
    }

    @Test
    public void theHourlySyncIsScheduledOncePerClusterByTheFirstNode() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        TeamGroupSyncJob job = new TeamGroupSyncJob(lockService, groupSync);
        JobRegistrar registrar = new JobRegistrar(scheduler, new LedgerReconciliationJob(lockService, reconciler), job,
                mock(KpiJqlJob.class), clock);

        registrar.onStart();
        registrar.onStop();

        verify(scheduler).registerJobRunner(JobRegistrar.GROUP_SYNC, job);
        JobConfig hourly = assertScheduledOncePerCluster(scheduler, JobRegistrar.GROUP_SYNC_HOURLY, 3_600_000L,
                "2026-11-26T12:05:00Z");
        assertEquals(JobRegistrar.GROUP_SYNC, hourly.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(JobRegistrar.GROUP_SYNC);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingHourlySchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        TeamGroupSyncJob job = new TeamGroupSyncJob(lockService, groupSync);

        new JobRegistrar(scheduler, new LedgerReconciliationJob(lockService, reconciler), job,
                mock(KpiJqlJob.class), Clock.systemUTC())
                .onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, JobRegistrar.GROUP_SYNC, job,
                JobRegistrar.GROUP_SYNC_HOURLY);
    }
}
