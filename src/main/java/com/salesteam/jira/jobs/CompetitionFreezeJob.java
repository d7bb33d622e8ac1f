package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.FreezeReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Freezes the final standings and winners of competitions that have ended. The scheduler runs it on one node per
 * cluster; the cluster lock keeps a run that overruns the next start from freezing alongside itself (the store
 * freezes each competition once anyway). A competition that fails is logged and skipped.
 */
public class CompetitionFreezeJob implements JobRunner {

    static final String LOCK = "com.salesteam.jira.sales-team-manager.competition-freeze";
    private static final Logger LOG = LoggerFactory.getLogger(CompetitionFreezeJob.class);

    private final ClusterLockService clusterLockService;
    private final CompetitionService competitions;

    public CompetitionFreezeJob(ClusterLockService clusterLockService, CompetitionService competitions) {
        this.clusterLockService = clusterLockService;
        this.competitions = competitions;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobs.underLock(clusterLockService, LOCK, "another node is freezing competitions", () -> {
            FreezeReport report = competitions.freezeEnded();
            report.failures().forEach(failure -> LOG.warn("Competition {} could not be frozen and is skipped: {}",
                    failure.competitionId(), failure.reason()));
            return report.summary();
        });
    }
}
