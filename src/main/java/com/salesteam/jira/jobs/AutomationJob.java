package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.salesteam.jira.service.automation.AutomationRunner;

/**
 * Runs one automation job. The scheduler starts it on one node per cluster; the job's cluster lock makes a run
 * that overruns its next start, or an admin's "run now" during a run, give way instead of running twice.
 */
public class AutomationJob implements JobRunner {

    static final String LOCK_PREFIX = "com.salesteam.jira.sales-team-manager.automation.";

    private final String job;
    private final JobId runNowId;
    private final ClusterLockService clusterLockService;
    private final AutomationRunner runner;

    public AutomationJob(String job, ClusterLockService clusterLockService, AutomationRunner runner) {
        this.job = job;
        this.runNowId = AutomationJobRegistrar.runNowId(job);
        this.clusterLockService = clusterLockService;
        this.runner = runner;
    }

    public String job() {
        return job;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK_PREFIX + job, job + " is still running", () -> {
            String trigger = runNowId.equals(request.getJobId()) ? AutomationRunner.ADMIN : AutomationRunner.SCHEDULE;
            return runner.run(job, trigger, request::isCancellationRequested);
        });
    }
}
