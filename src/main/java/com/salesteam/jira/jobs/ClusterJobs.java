package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import java.util.function.Supplier;

/** How every job of the app is scheduled and run: once per cluster, and never alongside itself. */
final class ClusterJobs {

    private ClusterJobs() {
    }

    /** Schedules the job for the whole cluster unless it is already: a node starting later keeps the next run. */
    static void scheduleOnce(SchedulerService schedulerService, JobRunnerKey runner, JobId id, Schedule schedule) {
        if (schedulerService.getJobDetails(id) == null) {
            schedule(schedulerService, runner, id, schedule);
        }
    }

    /** Schedules (or replaces) the job for the whole cluster. */
    static void schedule(SchedulerService schedulerService, JobRunnerKey runner, JobId id, Schedule schedule) {
        try {
            schedulerService.scheduleJob(id, JobConfig.forJobRunnerKey(runner)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(schedule));
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("cannot schedule " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work under the named cluster lock, so a run that overruns its next start or a one-off run never works
     * alongside it; {@code busy} says why a run found the lock taken. The work's summary is the run's message.
     */
    static JobRunnerResponse underLock(ClusterLockService locks, String lockName, String busy, Supplier<String> work) {
        ClusterLock lock = locks.getLockForName(lockName);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted(busy);
        }
        try {
            return JobRunnerResponse.success(work.get());
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
