package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.AutomationSchedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Registers the automation jobs with Jira's scheduler when the app starts, each at its interval (the digest weekly,
 * the others hourly; the job id keeps its first name, ".hourly") and once per cluster (as
 * {@link JobRegistrar} does for the app's other jobs): every node registers the runners, the first node to start
 * creates the schedules. "Run now" is a one-off run on whichever node the scheduler picks.
 */
public class AutomationJobRegistrar implements LifecycleAware, AutomationSchedule {

    static final String PREFIX = "com.salesteam.jira.automation.";

    private final SchedulerService schedulerService;
    private final List<AutomationJob> jobs;
    private final Clock clock;

    public AutomationJobRegistrar(SchedulerService schedulerService, ClusterLockService clusterLockService,
                                  AutomationRunner runner, Clock clock) {
        this.schedulerService = schedulerService;
        this.jobs = AutomationJobs.ALL.stream().map(job -> new AutomationJob(job, clusterLockService, runner)).toList();
        this.clock = clock;
    }

    static JobRunnerKey runnerKey(String job) {
        return JobRunnerKey.of(PREFIX + job);
    }

    static JobId hourlyId(String job) {
        return JobId.of(PREFIX + job + ".hourly");
    }

    static JobId runNowId(String job) {
        return JobId.of(PREFIX + job + ".now");
    }

    @Override
    public void onStart() {
        int offset = 0;
        for (AutomationJob job : jobs) {
            schedulerService.registerJobRunner(runnerKey(job.job()), job);
            if (schedulerService.getJobDetails(hourlyId(job.job())) == null) {
                // spread the jobs over the hour so they do not start together
                schedule(job.job(), hourlyId(job.job()), Schedule.forInterval(AutomationJobs.interval(job.job()).toMillis(),
                        Date.from(clock.instant().plus(Duration.ofMinutes(15 + 20L * offset)))));
            }
            offset++;
        }
    }

    @Override
    public void onStop() {
        for (AutomationJob job : jobs) {
            schedulerService.unregisterJobRunner(runnerKey(job.job()));
        }
    }

    @Override
    public Optional<Instant> nextRun(String job) {
        JobDetails details = schedulerService.getJobDetails(hourlyId(job));
        return details == null || details.getNextRunTime() == null ? Optional.empty()
                : Optional.of(details.getNextRunTime().toInstant());
    }

    @Override
    public void runNow(String job) {
        schedule(job, runNowId(job), Schedule.runOnce(Date.from(clock.instant())));
    }

    private void schedule(String job, JobId id, Schedule schedule) {
        ClusterJobs.schedule(schedulerService, runnerKey(job), id, schedule);
    }
}
