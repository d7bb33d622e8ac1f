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
 * Registers the hourly badge job once per cluster when the app starts: every node registers the runner, the first
 * node to start creates the schedule. Apart from {@link JobRegistrar} so that each feature's jobs stay its own.
 */
public class BadgeJobRegistrar implements LifecycleAware {

    public static final JobRunnerKey BADGES = JobRunnerKey.of("com.salesteam.jira.badges");
    static final JobId BADGES_HOURLY = JobId.of("com.salesteam.jira.badges.hourly");
    static final Duration INTERVAL = Duration.ofHours(1);

    private final SchedulerService schedulerService;
    private final BadgeJob job;
    private final Clock clock;

    public BadgeJobRegistrar(SchedulerService schedulerService, BadgeJob job, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(BADGES, job);
        ClusterJobs.scheduleOnce(schedulerService, BADGES, BADGES_HOURLY, Schedule.forInterval(INTERVAL.toMillis(),
                Date.from(clock.instant().plus(Duration.ofMinutes(15)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(BADGES);
    }
}
