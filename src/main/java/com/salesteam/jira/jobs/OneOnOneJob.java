package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.cadence.OneOnOneRun;

/**
 * Creates the 1:1 Meetings the reps' schedules owe. The scheduler runs it once per cluster; the cluster lock keeps
 * a run that overruns the next start (or a "run now" beside the scheduled run) from overlapping itself, and the
 * claims in AO keep a run after a crash, or a racing node, from creating a meeting twice.
 */
public class OneOnOneJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.one-on-ones";

    private final ClusterLockService clusterLockService;
    private final OneOnOneRun run;

    public OneOnOneJob(ClusterLockService clusterLockService, OneOnOneRun run) {
        this.clusterLockService = clusterLockService;
        this.run = run;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is creating the scheduled 1:1 meetings",
                () -> run.run(request::isCancellationRequested).summary());
    }
}
