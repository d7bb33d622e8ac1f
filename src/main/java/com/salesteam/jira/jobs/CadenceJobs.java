package com.salesteam.jira.jobs;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Registers the coaching cadence jobs as {@link JobRegistrar} does the others: the review cycles, every six hours
 * (so the first day of a period is never missed by long, and a failed review is retried the same day), once per
 * cluster. Kept apart from JobRegistrar so the coaching jobs can be reasoned about (and merged) on their own.
 */
public class CadenceJobs implements LifecycleAware {

    public static final JobRunnerKey REVIEW_CYCLES = JobRunnerKey.of("com.salesteam.jira.review-cycles");
    static final JobId REVIEW_CYCLES_JOB = JobId.of("com.salesteam.jira.review-cycles.every-six-hours");
    static final Duration REVIEW_CYCLES_INTERVAL = Duration.ofHours(6);

    private final SchedulerService schedulerService;
    private final ReviewCycleJob reviewCycleJob;
    private final Clock clock;

    public CadenceJobs(SchedulerService schedulerService, ReviewCycleJob reviewCycleJob, Clock clock) {
        this.schedulerService = schedulerService;
        this.reviewCycleJob = reviewCycleJob;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(REVIEW_CYCLES, reviewCycleJob);
        ClusterJobs.scheduleOnce(schedulerService, REVIEW_CYCLES, REVIEW_CYCLES_JOB, Schedule.forInterval(
                REVIEW_CYCLES_INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(15)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(REVIEW_CYCLES);
    }
}
