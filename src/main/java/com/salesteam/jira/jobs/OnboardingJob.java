package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.cadence.OnboardingRun;

/**
 * Creates the Coaching Actions of the onboarding plans made since the last run. The scheduler runs it once per
 * cluster; the cluster lock keeps a run asked for by a team change from overlapping the scheduled one, and the
 * claims in AO keep a run after a crash from creating an issue twice.
 */
public class OnboardingJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.onboarding";

    private final ClusterLockService clusterLockService;
    private final OnboardingRun run;

    public OnboardingJob(ClusterLockService clusterLockService, OnboardingRun run) {
        this.clusterLockService = clusterLockService;
        this.run = run;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is creating the onboarding tasks",
                () -> run.run(request::isCancellationRequested).summary());
    }
}
