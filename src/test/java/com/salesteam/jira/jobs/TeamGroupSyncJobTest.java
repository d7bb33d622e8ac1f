package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
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

import static com.salesteam.jira.jobs.ClusterLockStubs.lockFree;
import static com.salesteam.jira.jobs.ClusterLockStubs.lockHeldByAnotherNode;
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
    private ClusterLock lock;
    @Mock
    private TeamGroupSync groupSync;
    @Mock
    private JobRunnerRequest request;
    @Mock
    private SchedulerService scheduler;
    @Mock
    private LedgerReconciler reconciler;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        lockFree(lockService, TeamGroupSyncJob.LOCK, lock);
        when(groupSync.syncAll(any())).thenReturn(new TeamGroupSync.Run(4, 2, 1, true));

        JobRunnerResponse response = new TeamGroupSyncJob(lockService, groupSync).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("synced 4 teams with their groups: 2 changed, 1 failed", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        lockHeldByAnotherNode(lockService, TeamGroupSyncJob.LOCK, lock);

        JobRunnerResponse response = new TeamGroupSyncJob(lockService, groupSync).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(groupSync, never()).syncAll(any());
        verify(lock, never()).unlock();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        lockFree(lockService, TeamGroupSyncJob.LOCK, lock);
        when(groupSync.syncAll(any())).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = new TeamGroupSyncJob(lockService, groupSync).runJob(request);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("IllegalStateException: database gone", response.getMessage());
        verify(lock).unlock();
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
