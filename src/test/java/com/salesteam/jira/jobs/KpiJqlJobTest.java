package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.salesteam.jira.service.kpi.KpiJqlEvaluation;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The hourly count of JQL KPIs: once per cluster, never two runs at once. */
public class KpiJqlJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;
    @Mock
    private KpiJqlEvaluation evaluation;
    @Mock
    private JobRunnerRequest request;
    @Mock
    private SchedulerService scheduler;

    @Before
    public void setUp() {
        when(lockService.getLockForName(KpiJqlJob.LOCK)).thenReturn(lock);
    }

    @Test
    public void aRunCountsUnderTheClusterLockAndSaysWhatItDid() {
        when(lock.tryLock()).thenReturn(true);
        when(evaluation.evaluate(any())).thenReturn(new KpiJqlEvaluation.Run(12, 1, true));

        JobRunnerResponse response = new KpiJqlJob(lockService, evaluation).runJob(request);

        assertEquals("12 people counted, 1 skipped", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void aRunThatFindsTheLockTakenDoesNothing() {
        when(lock.tryLock()).thenReturn(false);

        new KpiJqlJob(lockService, evaluation).runJob(request);

        verify(evaluation, never()).evaluate(any());
        verify(lock, never()).unlock();
    }

    @Test
    public void theHourlyCountIsScheduledOncePerCluster() throws Exception {
        KpiJqlJob job = new KpiJqlJob(lockService, evaluation);
        new JobRegistrar(scheduler, mock(LedgerReconciliationJob.class), mock(TeamGroupSyncJob.class), job,
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC)).onStart();

        verify(scheduler).registerJobRunner(JobRegistrar.KPI_JQL, job);
        assertScheduledOncePerCluster(scheduler, JobRegistrar.KPI_JQL_HOURLY, 3_600_000L, "2026-11-26T12:10:00Z");
    }
}
