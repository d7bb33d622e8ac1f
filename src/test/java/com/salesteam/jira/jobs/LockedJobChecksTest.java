package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import org.junit.Test;

import java.util.function.Function;

import static com.salesteam.jira.jobs.LockedJobChecks.assertFailureReportedAndLockReleased;
import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
import static org.junit.Assert.assertThrows;

/** The job checks pass a job that keeps the lock contract and catch one that breaks it. */
public class LockedJobChecksTest {

    private static final String LOCK = "test.lock";

    private static Function<ClusterLockService, JobRunner> underLock(String summary) {
        return locks -> request -> ClusterJobs.underLock(locks, LOCK, "busy", () -> summary);
    }

    @Test
    public void aJobThatKeepsTheContractPasses() {
        assertRunsUnderTheLock(LOCK, underLock("done"), "done");
        assertSkippedWhileAnotherNodeHoldsTheLock(LOCK, underLock("done"));
        assertFailureReportedAndLockReleased(LOCK, locks -> request -> ClusterJobs.underLock(locks, LOCK, "busy", () -> {
            throw new IllegalStateException("boom");
        }), "IllegalStateException: boom");
    }

    @Test
    public void anotherMessageOrOutcomeIsCaught() {
        assertThrows(AssertionError.class, () -> assertRunsUnderTheLock(LOCK, underLock("done"), "other"));
        assertThrows(AssertionError.class, () -> assertFailureReportedAndLockReleased(LOCK, underLock("done"), "done"));
    }

    @Test
    public void aJobThatIgnoresTheLockIsCaught() {
        Function<ClusterLockService, JobRunner> lockless = locks -> request -> JobRunnerResponse.success("done");
        assertThrows(AssertionError.class, () -> assertRunsUnderTheLock(LOCK, lockless, "done"));
        assertThrows(AssertionError.class, () -> assertSkippedWhileAnotherNodeHoldsTheLock(LOCK, lockless));
    }

    @Test
    public void aJobThatReleasesALockItDidNotTakeIsCaught() {
        Function<ClusterLockService, JobRunner> careless = locks -> request -> {
            locks.getLockForName(LOCK).unlock();
            return JobRunnerResponse.aborted("busy");
        };
        assertThrows(AssertionError.class, () -> assertSkippedWhileAnotherNodeHoldsTheLock(LOCK, careless));
    }
}
