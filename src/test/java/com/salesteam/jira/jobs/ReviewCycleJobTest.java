package com.salesteam.jira.jobs;

import com.salesteam.jira.service.cadence.ReviewCycleRun;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static com.salesteam.jira.jobs.LockedJobChecks.assertFailureReportedAndLockReleased;
import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The review cycle job: run under the cluster lock, skipped while another node holds it. */
public class ReviewCycleJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ReviewCycleRun run;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        when(run.run(any())).thenReturn(new ReviewCycleRun.Outcome(5, 1, 2, true));

        assertRunsUnderTheLock(ReviewCycleJob.LOCK, locks -> new ReviewCycleJob(locks, run),
                "review cycles: 5 reviews created, 1 already there, 2 failed");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(ReviewCycleJob.LOCK, locks -> new ReviewCycleJob(locks, run));

        verify(run, never()).run(any());
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(run.run(any())).thenThrow(new IllegalStateException("database gone"));

        assertFailureReportedAndLockReleased(ReviewCycleJob.LOCK, locks -> new ReviewCycleJob(locks, run),
                "IllegalStateException: database gone");
    }
}
