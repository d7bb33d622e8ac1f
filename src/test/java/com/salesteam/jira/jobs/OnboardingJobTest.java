package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.service.cadence.OnboardingRun;
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

/** The onboarding job: run under the cluster lock, skipped while another node holds it. */
public class OnboardingJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;
    @Mock
    private OnboardingRun run;
    @Mock
    private JobRunnerRequest request;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        lockFree(lockService, OnboardingJob.LOCK, lock);
        when(run.run(any())).thenReturn(new OnboardingRun.Outcome(4, 1, 1, true));

        JobRunnerResponse response = new OnboardingJob(lockService, run).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("onboarding: 4 coaching actions created, 1 already taken, 1 failed", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        lockHeldByAnotherNode(lockService, OnboardingJob.LOCK, lock);

        JobRunnerResponse response = new OnboardingJob(lockService, run).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(run, never()).run(any());
    }
}
