package com.salesteam.jira.jobs;

import com.salesteam.jira.service.cadence.OneOnOneRun;
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

/** The 1:1 meetings job: run under the cluster lock, skipped while another node holds it. */
public class OneOnOneJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private OneOnOneRun run;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        when(run.run(any())).thenReturn(new OneOnOneRun.Outcome(5, 1, 2, true));

        assertRunsUnderTheLock(OneOnOneJob.LOCK, locks -> new OneOnOneJob(locks, run),
                "1:1 meetings: 5 created, 1 already there, 2 failed");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(OneOnOneJob.LOCK, locks -> new OneOnOneJob(locks, run));

        verify(run, never()).run(any());
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(run.run(any())).thenThrow(new IllegalStateException("database gone"));

        assertFailureReportedAndLockReleased(OneOnOneJob.LOCK, locks -> new OneOnOneJob(locks, run),
                "IllegalStateException: database gone");
    }
}
