package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
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

import static com.salesteam.jira.jobs.ClusterLockStubs.lockFree;
import static com.salesteam.jira.jobs.ClusterLockStubs.lockHeldByAnotherNode;
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
    private ClusterLock lock;
    @Mock
    private BadgeEvaluator evaluator;
    @Mock
    private JobRunnerRequest request;
    @Mock
    private SchedulerService scheduler;

    @Test
    public void runsUnderTheClusterLockAndSaysHowManyItAwarded() {
        lockFree(lockService, BadgeJob.LOCK, lock);
        Badge badge = new Badge(new Award("ann", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()), Optional.empty(),
                Instant.EPOCH, false);
        when(evaluator.run()).thenReturn(new BadgeEvaluator.Outcome(List.of(badge, badge)));

        JobRunnerResponse response = new BadgeJob(lockService, evaluator).runJob(request);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("2 badge(s) awarded", response.getMessage());
        verify(lock).unlock();
    }

    @Test
    public void anotherNodeHoldingTheLockMeansThisRunIsSkipped() {
        lockHeldByAnotherNode(lockService, BadgeJob.LOCK, lock);

        JobRunnerResponse response = new BadgeJob(lockService, evaluator).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        verify(evaluator, never()).run();
        verify(lock, never()).unlock();
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        lockFree(lockService, BadgeJob.LOCK, lock);
        when(evaluator.run()).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = new BadgeJob(lockService, evaluator).runJob(request);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("IllegalStateException: database gone", response.getMessage());
        verify(lock).unlock();
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
