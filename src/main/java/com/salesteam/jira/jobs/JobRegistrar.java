package com.salesteam.jira.jobs;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.salesteam.jira.service.ReconciliationTrigger;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Registers the app's jobs with Jira's scheduler when the app starts: the nightly ledger reconciliation, the
 * hourly team group sync and the hourly count of the JQL KPIs, each once per cluster. Every node registers the runners; a schedule is created only by
 * the first node to start.
 */
public class JobRegistrar implements LifecycleAware, ReconciliationTrigger {

    public static final JobRunnerKey RECONCILIATION = JobRunnerKey.of("com.salesteam.jira.ledger-reconciliation");
    static final JobId NIGHTLY = JobId.of("com.salesteam.jira.ledger-reconciliation.nightly");
    static final JobId NOW = JobId.of("com.salesteam.jira.ledger-reconciliation.now");
    static final Duration INTERVAL = Duration.ofDays(1);
    // Team group sync
    public static final JobRunnerKey GROUP_SYNC = JobRunnerKey.of("com.salesteam.jira.team-group-sync");
    static final JobId GROUP_SYNC_HOURLY = JobId.of("com.salesteam.jira.team-group-sync.hourly");
    static final Duration GROUP_SYNC_INTERVAL = Duration.ofHours(1);
    // KPIs counted by JQL: today's value refreshed every hour
    public static final JobRunnerKey KPI_JQL = JobRunnerKey.of("com.salesteam.jira.kpi-jql-count");
    static final JobId KPI_JQL_HOURLY = JobId.of("com.salesteam.jira.kpi-jql-count.hourly");
    static final Duration KPI_JQL_INTERVAL = Duration.ofHours(1);

    private final SchedulerService schedulerService;
    private final LedgerReconciliationJob job;
    private final TeamGroupSyncJob groupSyncJob;
    private final KpiJqlJob kpiJqlJob;
    private final Clock clock;

    public JobRegistrar(SchedulerService schedulerService, LedgerReconciliationJob job, TeamGroupSyncJob groupSyncJob,
                        KpiJqlJob kpiJqlJob, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.groupSyncJob = groupSyncJob;
        this.kpiJqlJob = kpiJqlJob;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        schedulerService.registerJobRunner(RECONCILIATION, job);
        ClusterJobs.scheduleOnce(schedulerService, RECONCILIATION, NIGHTLY, Schedule.forInterval(INTERVAL.toMillis(),
                Date.from(clock.instant().plus(Duration.ofHours(1)))));
        schedulerService.registerJobRunner(GROUP_SYNC, groupSyncJob);
        ClusterJobs.scheduleOnce(schedulerService, GROUP_SYNC, GROUP_SYNC_HOURLY, Schedule.forInterval(
                GROUP_SYNC_INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(5)))));
        schedulerService.registerJobRunner(KPI_JQL, kpiJqlJob);
        ClusterJobs.scheduleOnce(schedulerService, KPI_JQL, KPI_JQL_HOURLY, Schedule.forInterval(
                KPI_JQL_INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(10)))));
    }

    @Override
    public void onStop() {
        schedulerService.unregisterJobRunner(RECONCILIATION);
        schedulerService.unregisterJobRunner(GROUP_SYNC);
        schedulerService.unregisterJobRunner(KPI_JQL);
    }

    /** "Rebuild now": a one-off run on whichever node the scheduler picks, as soon as possible. */
    @Override
    public void runNow() {
        ClusterJobs.schedule(schedulerService, RECONCILIATION, NOW, Schedule.runOnce(Date.from(clock.instant())));
    }
}
