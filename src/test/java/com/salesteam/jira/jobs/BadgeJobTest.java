package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.service.badge.BadgeEvaluator;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.jobs.LockedJobChecks.assertFailureReportedAndLockReleased;
import static com.salesteam.jira.jobs.LockedJobChecks.assertRunsUnderTheLock;
import static com.salesteam.jira.jobs.LockedJobChecks.assertSkippedWhileAnotherNodeHoldsTheLock;
import static com.salesteam.jira.jobs.SchedulerChecks.assertRunnerRegisteredButNotRescheduled;
import static com.salesteam.jira.jobs.SchedulerChecks.assertScheduledOncePerCluster;
import static com.salesteam.jira.jobs.SchedulerChecks.everyJobAlreadyScheduled;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The hourly badge job: scheduled once per cluster, run under the cluster lock. */
public class BadgeJobTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private BadgeEvaluator evaluator;
    @Mock
    private SchedulerService scheduler;

    @Test
    public void runsUnderTheClusterLockAndSaysHowManyItAwarded() {
        Badge badge = new Badge(new Award("ann", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()), Optional.empty(),
                Instant.EPOCH, false);
        when(evaluator.run()).thenReturn(new BadgeEvaluator.Outcome(List.of(badge, badge)));

        assertRunsUnderTheLock(BadgeJob.LOCK, locks -> new BadgeJob(locks, evaluator), "2 badge(s) awarded");
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        assertSkippedWhileAnotherNodeHoldsTheLock(BadgeJob.LOCK, locks -> new BadgeJob(locks, evaluator));

        verify(evaluator, never()).run();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(evaluator.run()).thenThrow(new IllegalStateException("database gone"));

        assertFailureReportedAndLockReleased(BadgeJob.LOCK, locks -> new BadgeJob(locks, evaluator),
                "IllegalStateException: database gone");
    }

    @Test
    public void theHourlyRunIsScheduledOncePerClusterByTheFirstNode() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        BadgeJob job = new BadgeJob(lockService, evaluator);
        BadgeJobRegistrar registrar = new BadgeJobRegistrar(scheduler, job, clock);

        registrar.onStart();
        registrar.onStop();

        verify(scheduler).registerJobRunner(BadgeJobRegistrar.BADGES, job);
        JobConfig hourly = assertScheduledOncePerCluster(scheduler, BadgeJobRegistrar.BADGES_HOURLY, 3_600_000L,
                "2026-11-26T12:15:00Z");
        assertEquals(BadgeJobRegistrar.BADGES, hourly.getJobRunnerKey());
        verify(scheduler).unregisterJobRunner(BadgeJobRegistrar.BADGES);
    }

    @Test
    public void aNodeStartingLaterKeepsTheExistingSchedule() throws Exception {
        everyJobAlreadyScheduled(scheduler);
        BadgeJob job = new BadgeJob(lockService, evaluator);

        new BadgeJobRegistrar(scheduler, job, Clock.systemUTC()).onStart();

        assertRunnerRegisteredButNotRescheduled(scheduler, BadgeJobRegistrar.BADGES, job,
                BadgeJobRegistrar.BADGES_HOURLY);
    }
}
