package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.kpi.KpiJqlEvaluation;

/**
 * Counts the JQL-count KPIs of everyone in a sales team. The scheduler runs it on one node per cluster; the cluster
 * lock keeps a run that overruns the next start from overlapping itself.
 */
public class KpiJqlJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.kpi-jql-count";

    private final ClusterLockService clusterLockService;
    private final KpiJqlEvaluation evaluation;

    public KpiJqlJob(ClusterLockService clusterLockService, KpiJqlEvaluation evaluation) {
        this.clusterLockService = clusterLockService;
        this.evaluation = evaluation;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is counting the JQL KPIs",
                () -> evaluation.evaluate(request::isCancellationRequested).summary());
    }
}
