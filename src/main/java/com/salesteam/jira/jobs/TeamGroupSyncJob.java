package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.TeamGroupSync;

/**
 * Syncs every team that names a Jira group with that group. The scheduler runs it on one node per cluster; the
 * cluster lock keeps a run that overruns the next start from overlapping itself.
 */
public class TeamGroupSyncJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.team-group-sync";

    private final ClusterLockService clusterLockService;
    private final TeamGroupSync groupSync;

    public TeamGroupSyncJob(ClusterLockService clusterLockService, TeamGroupSync groupSync) {
        this.clusterLockService = clusterLockService;
        this.groupSync = groupSync;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is syncing teams with their groups",
                () -> groupSync.syncAll(request::isCancellationRequested).summary());
    }
}
