package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.cadence.ReviewCycleRun;

/**
 * Creates the Performance Reviews the teams' cycles owe. The scheduler runs it once per cluster; the cluster lock
 * keeps a run that overruns the next start (or a "run now" beside the daily run) from overlapping itself, and the
 * claims in AO keep a run after a crash from creating a review twice.
 */
public class ReviewCycleJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.review-cycles";

    private final ClusterLockService clusterLockService;
    private final ReviewCycleRun run;

    public ReviewCycleJob(ClusterLockService clusterLockService, ReviewCycleRun run) {
        this.clusterLockService = clusterLockService;
        this.run = run;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is creating the scheduled reviews",
                () -> run.run(request::isCancellationRequested).summary());
    }
}
