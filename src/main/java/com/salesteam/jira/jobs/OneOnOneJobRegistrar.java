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
 * Registers the 1:1 meetings job as {@link CadenceJobs} does the review cycles: every node registers the runner,
 * the first node schedules it once for the cluster, every three hours, so a meeting is on the manager's list early
 * on its day (in the fiscal calendar's time zone) and a refused one is retried the same day.
 */
public class OneOnOneJobRegistrar implements LifecycleAware {

    public static final JobRunnerKey ONE_ON_ONES = JobRunnerKey.of("com.salesteam.jira.one-on-ones");
    static final JobId ONE_ON_ONES_JOB = JobId.of("com.salesteam.jira.one-on-ones.every-three-hours");
    static final Duration INTERVAL = Duration.ofHours(3);

    private final SchedulerService schedulerService;
    private final OneOnOneJob job;
    private final Clock clock;

    public OneOnOneJobRegistrar(SchedulerService schedulerService, OneOnOneJob job, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(ONE_ON_ONES, job);
        ClusterJobs.scheduleOnce(schedulerService, ONE_ON_ONES, ONE_ON_ONES_JOB, Schedule.forInterval(
                INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(20)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(ONE_ON_ONES);
    }
}
