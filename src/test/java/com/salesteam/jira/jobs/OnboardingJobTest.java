package com.salesteam.jira.jobs;

import com.salesteam.jira.service.cadence.OnboardingRun;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The onboarding job: run under the cluster lock, skipped while another node holds it. */
public class OnboardingJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private OnboardingRun run;

    @Test
    public void runsUnderTheClusterLockAndReportsWhatItDid() {
        when(run.run(any())).thenReturn(new OnboardingRun.Outcome(4, 1, 1, true));

        assertRunsUnderTheLock(OnboardingJob.LOCK, locks -> new OnboardingJob(locks, run),
                "onboarding: 4 coaching actions created, 1 already taken, 1 failed");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(OnboardingJob.LOCK, locks -> new OnboardingJob(locks, run));

        verify(run, never()).run(any());
    }
}
