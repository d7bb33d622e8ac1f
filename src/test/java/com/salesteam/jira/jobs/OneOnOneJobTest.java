package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.service.cadence.OneOnOneRun;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static com.salesteam.jira.jobs.ClusterLockStubs.lockFree;
import static com.salesteam.jira.jobs.ClusterLockStubs.lockHeldByAnotherNode;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The 1:1 meetings job: run under the cluster lock, skipped while another node holds it. */
public class OneOnOneJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;
    @Mock
    private OneOnOneRun run;
    @Mock
    private JobRunnerRequest request;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        lockFree(lockService, OneOnOneJob.LOCK, lock);
        when(run.run(any())).thenReturn(new OneOnOneRun.Outcome(5, 1, 2, true));

        JobRunnerResponse response = new OneOnOneJob(lockService, run).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("1:1 meetings: 5 created, 1 already there, 2 failed", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        lockHeldByAnotherNode(lockService, OneOnOneJob.LOCK, lock);

        JobRunnerResponse response = new OneOnOneJob(lockService, run).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(run, never()).run(any());
        verify(lock, never()).unlock();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        lockFree(lockService, OneOnOneJob.LOCK, lock);
        when(run.run(any())).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = new OneOnOneJob(lockService, run).runJob(request);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("IllegalStateException: database gone", response.getMessage());
        verify(lock).unlock();
    }
}
