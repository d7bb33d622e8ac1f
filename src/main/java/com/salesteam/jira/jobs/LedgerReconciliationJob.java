package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.LedgerReconciler;

/**
 * Runs the ledger reconciliation. The scheduler runs it on one node per cluster; the cluster lock also keeps a
 * "rebuild now" from overlapping a scheduled run, and a run that overruns its next start from starting twice.
 */
public class LedgerReconciliationJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.ledger-reconciliation";

    private final ClusterLockService clusterLockService;
    private final LedgerReconciler reconciler;

    public LedgerReconciliationJob(ClusterLockService clusterLockService, LedgerReconciler reconciler) {
        this.clusterLockService = clusterLockService;
        this.reconciler = reconciler;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is reconciling the deal ledger",
                () -> reconciler.run(request::isCancellationRequested).summary());
    }
}
