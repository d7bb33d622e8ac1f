package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.badge.BadgeEvaluator;

/**
 * Awards the badges due. The scheduler runs it on one node per cluster; the cluster lock keeps a run that overruns
 * the next start, or a one-off run, from evaluating alongside it (the unique key would still keep each badge once).
 */
public class BadgeJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.badges";

    private final ClusterLockService clusterLockService;
    private final BadgeEvaluator evaluator;

    public BadgeJob(ClusterLockService clusterLockService, BadgeEvaluator evaluator) {
        this.clusterLockService = clusterLockService;
        this.evaluator = evaluator;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is awarding badges",
                () -> evaluator.run().summary());
    }
}
