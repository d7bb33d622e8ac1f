package com.salesteam.jira.jobs;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.salesteam.jira.service.cadence.OnboardingTrigger;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Registers the onboarding job as {@link CadenceJobs} does the review cycles: every 30 minutes, once per cluster
 * (it picks up any plan a team change made and any task Jira refused last time), plus a one-off run as soon as a
 * team change makes plans, so newcomers see their tasks within moments, not with the team save's transaction.
 */
public class OnboardingJobs implements LifecycleAware, OnboardingTrigger {

    public static final JobRunnerKey ONBOARDING = JobRunnerKey.of("com.salesteam.jira.onboarding");
    static final JobId EVERY_HALF_HOUR = JobId.of("com.salesteam.jira.onboarding.every-half-hour");
    static final JobId NOW = JobId.of("com.salesteam.jira.onboarding.now");
    static final Duration INTERVAL = Duration.ofMinutes(30);

    private final SchedulerService schedulerService;
    private final OnboardingJob job;
    private final Clock clock;

    public OnboardingJobs(SchedulerService schedulerService, OnboardingJob job, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(ONBOARDING, job);
        ClusterJobs.scheduleOnce(schedulerService, ONBOARDING, EVERY_HALF_HOUR, Schedule.forInterval(
                INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(20)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(ONBOARDING);
    }

    /** One run on whichever node the scheduler picks, as soon as possible (a later ask replaces a waiting one). */
    @Override
    public void runSoon() {
        ClusterJobs.schedule(schedulerService, ONBOARDING, NOW, Schedule.runOnce(Date.from(clock.instant())));
    }
}
