package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ClusterJobsTest {

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("runner");
    private static final JobId ID = JobId.of("runner.hourly");

    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);

    @Test
    public void workRunsUnderTheLockAndItsSummaryIsTheMessage() {
        ClusterLockStubs.lockFree(locks, "the-lock", lock);

        JobRunnerResponse response = ClusterJobs.underLock(locks, "the-lock", "busy", () -> "3 done");

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("3 done", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void aTakenLockAbortsWithoutWorkingAndAFailureStillUnlocks() {
        ClusterLockStubs.lockHeldByAnotherNode(locks, "the-lock", lock);
        AtomicInteger runs = new AtomicInteger();

        JobRunnerResponse busy = ClusterJobs.underLock(locks, "the-lock", "busy", () -> "ran " + runs.incrementAndGet());

        assertEquals(RunOutcome.ABORTED, busy.getRunOutcome());
        assertEquals(0, runs.get());
        verify(lock, never()).unlock();

        when(lock.tryLock()).thenReturn(true);
        JobRunnerResponse failed = ClusterJobs.underLock(locks, "the-lock", "busy", () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(RunOutcome.FAILED, failed.getRunOutcome());
        verify(lock).unlock();
    }

    @Test
    public void scheduledOnceForTheClusterAndNotAgainByANodeStartingLater() throws Exception {
        Schedule hourly = Schedule.forInterval(3_600_000L, null);
        ClusterJobs.scheduleOnce(scheduler, RUNNER, ID, hourly);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(ID), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(RUNNER, config.getValue().getJobRunnerKey());

        SchedulerService later = mock(SchedulerService.class);
        when(later.getJobDetails(ID)).thenReturn(mock(JobDetails.class));
        ClusterJobs.scheduleOnce(later, RUNNER, ID, hourly);
        verify(later, never()).scheduleJob(any(), any());
    }
}
