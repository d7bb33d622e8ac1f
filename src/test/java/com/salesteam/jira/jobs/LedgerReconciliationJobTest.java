package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.salesteam.jira.service.LedgerReconciler;
import com.salesteam.jira.service.TeamGroupSync;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
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
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class LedgerReconciliationJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private LedgerReconciler reconciler;
    @Mock
    private SchedulerService scheduler;
    @Mock
    private TeamGroupSync groupSync;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() throws Exception {
        when(reconciler.run(any())).thenReturn(new LedgerReconciler.Result(12, 1, 12, true));

        assertRunsUnderTheLock(LedgerReconciliationJob.LOCK, locks -> new LedgerReconciliationJob(locks, reconciler),
                "recorded 12 of 12 deals, removed 1");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(LedgerReconciliationJob.LOCK,
                locks -> new LedgerReconciliationJob(locks, reconciler));

        verify(reconciler, never()).run(any());
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(reconciler.run(any())).thenThrow(new IllegalStateException("index unavailable"));

        assertFailureReportedAndLockReleased(LedgerReconciliationJob.LOCK,
                locks -> new LedgerReconciliationJob(locks, reconciler), "IllegalStateException: index unavailable");
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        when(scheduler.getJobDetails(JobRegistrar.NIGHTLY)).thenReturn(org.mockito.Mockito.mock(com.atlassian.scheduler.status.JobDetails.class));
        LedgerReconciliationJob job = new LedgerReconciliationJob(lockService, reconciler);

        new JobRegistrar(scheduler, job, new TeamGroupSyncJob(lockService, groupSync),
                org.mockito.Mockito.mock(KpiJqlJob.class), Clock.systemUTC()).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, JobRegistrar.RECONCILIATION, job, JobRegistrar.NIGHTLY);
    }

    @Test
    public void theNightlyRunIsScheduledOncePerClusterAndRebuildNowRunsAtOnce() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        LedgerReconciliationJob job = new LedgerReconciliationJob(lockService, reconciler);
        JobRegistrar registrar = new JobRegistrar(scheduler, job, new TeamGroupSyncJob(lockService, groupSync),
                org.mockito.Mockito.mock(KpiJqlJob.class), clock);

        registrar.onStart();
        registrar.runNow();
        registrar.onStop();

        verify(scheduler).registerJobRunner(JobRegistrar.RECONCILIATION, job);
        ArgumentCaptor<JobConfig> nightly = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobRegistrar.NIGHTLY), nightly.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, nightly.getValue().getRunMode());
        assertEquals(86_400_000L, nightly.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        ArgumentCaptor<JobConfig> now = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobRegistrar.NOW), now.capture());
        assertEquals(java.util.Date.from(clock.instant()), now.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        verify(scheduler).unregisterJobRunner(JobRegistrar.RECONCILIATION);
    }
}
