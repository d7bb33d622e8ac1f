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
 * Registers the competition freeze with Jira's scheduler when the app starts, as {@link JobRegistrar} does for the
 * other jobs: every node registers the runner, the first node schedules the hourly run once for the cluster. Hourly,
 * so a competition is frozen within the hour after its last day ends in the fiscal calendar's time zone.
 */
public class CompetitionJobRegistrar implements LifecycleAware {

    public static final JobRunnerKey FREEZE = JobRunnerKey.of("com.salesteam.jira.competition-freeze");
    static final JobId FREEZE_HOURLY = JobId.of("com.salesteam.jira.competition-freeze.hourly");
    static final Duration INTERVAL = Duration.ofHours(1);

    private final SchedulerService schedulerService;
    private final CompetitionFreezeJob job;
    private final Clock clock;

    public CompetitionJobRegistrar(SchedulerService schedulerService, CompetitionFreezeJob job, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(FREEZE, job);
        ClusterJobs.scheduleOnce(schedulerService, FREEZE, FREEZE_HOURLY, Schedule.forInterval(INTERVAL.toMillis(),
                Date.from(clock.instant().plus(Duration.ofMinutes(15)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(FREEZE);
    }
}
