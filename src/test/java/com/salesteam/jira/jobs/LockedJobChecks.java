package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;

import java.util.function.Function;

import static com.salesteam.jira.jobs.ClusterLockStubs.lockFree;
import static com.salesteam.jira.jobs.ClusterLockStubs.lockHeldByAnotherNode;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * What the job tests check of a job that does its work under a named cluster lock: it runs and reports when the lock
 * is free, gives way when another node holds it, and reports a failure; it releases the lock it took, and only that.
 * Each check runs the job, made over a mocked lock service, once.
 */
final class LockedJobChecks {

    private LockedJobChecks() {
    }

    /** With the lock free, the run succeeds with this message and releases the lock. */
    static void assertRunsUnderTheLock(String lockName, Function<ClusterLockService, JobRunner> job, String message) {
        ClusterLock lock = mock(ClusterLock.class);

        JobRunnerResponse response = run(job, lockName, lock, true);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals(message, response.getMessage());
        verify(lock).unlock();
    }

    /** With another node holding the lock, the run is aborted and leaves the lock alone. */
    static void assertSkippedWhileAnotherNodeHoldsTheLock(String lockName,
                                                          Function<ClusterLockService, JobRunner> job) {
        ClusterLock lock = mock(ClusterLock.class);

        JobRunnerResponse response = run(job, lockName, lock, false);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(lock, never()).unlock();
    }

    /** With the lock free and the work throwing, the run fails with this message and releases the lock. */
    static void assertFailureReportedAndLockReleased(String lockName, Function<ClusterLockService, JobRunner> job,
                                                     String message) {
        ClusterLock lock = mock(ClusterLock.class);

        JobRunnerResponse response = run(job, lockName, lock, true);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals(message, response.getMessage());
        verify(lock).unlock();
    }

    private static JobRunnerResponse run(Function<ClusterLockService, JobRunner> job, String lockName, ClusterLock lock,
                                         boolean free) {
        ClusterLockService locks = mock(ClusterLockService.class);
        if (free) {
            lockFree(locks, lockName, lock);
        } else {
            lockHeldByAnotherNode(locks, lockName, lock);
        }
        return job.apply(locks).runJob(mock(JobRunnerRequest.class));
    }
}
