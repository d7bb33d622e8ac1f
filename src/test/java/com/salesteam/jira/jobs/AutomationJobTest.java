package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The automation jobs: scheduled hourly once per cluster, never running twice at once, "run now" as admin. */
public class AutomationJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;
    @Mock
    private AutomationRunner runner;
    @Mock
    private JobRunnerRequest request;

    /** One lock per name shared by all "nodes" of the test: a ReentrantLock is exclusive across threads. */
    private static final class JvmLocks implements ClusterLockService {
        private final Map<String, ClusterLock> locks = new HashMap<>();

        @Override
        public synchronized ClusterLock getLockForName(String name) {
            return locks.computeIfAbsent(name, n -> new JvmLock());
        }
    }

    private static final class JvmLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }
    }

    @Test
    public void aRunThatOverrunsItsNextStartIsNotStartedTwice() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        when(runner.run(eq(AutomationJobs.STALE_DEALS), any(), any())).thenAnswer(invocation -> {
            runs.incrementAndGet();
            running.countDown();
            finish.await(10, TimeUnit.SECONDS);
            return "done";
        });
        JvmLocks cluster = new JvmLocks();
        // two nodes, each with its own job instance over the same cluster locks
        AutomationJob nodeA = new AutomationJob(AutomationJobs.STALE_DEALS, cluster, runner);
        AutomationJob nodeB = new AutomationJob(AutomationJobs.STALE_DEALS, cluster, runner);
        when(request.getJobId()).thenReturn(AutomationJobRegistrar.hourlyId(AutomationJobs.STALE_DEALS));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<JobRunnerResponse> first = executor.submit(() -> nodeA.runJob(request));
            running.await(10, TimeUnit.SECONDS);

            JobRunnerResponse second = nodeB.runJob(request);
            JobRunnerResponse third = nodeA.runJob(request);
            finish.countDown();

            assertEquals(RunOutcome.ABORTED, second.getRunOutcome());
            assertEquals("stale-deals is still running", second.getMessage());
            assertEquals(RunOutcome.ABORTED, third.getRunOutcome());
            assertEquals(RunOutcome.SUCCESS, first.get(10, TimeUnit.SECONDS).getRunOutcome());
            assertEquals(1, runs.get());
            // once the first run ended, the next start runs
            assertEquals(RunOutcome.SUCCESS, nodeB.runJob(request).getRunOutcome());
            assertEquals(2, runs.get());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    public void aOneOffRunCountsAsTheAdminsAndTheHourlyAsTheSchedules() {
        when(runner.run(any(), any(), any())).thenReturn("0 deals");
        AutomationJob job = new AutomationJob(AutomationJobs.SLIP_ALERTS, new JvmLocks(), runner);
        when(request.getJobId()).thenReturn(AutomationJobRegistrar.runNowId(AutomationJobs.SLIP_ALERTS));
        job.runJob(request);
        verify(runner).run(eq(AutomationJobs.SLIP_ALERTS), eq(AutomationRunner.ADMIN), any());
        when(request.getJobId()).thenReturn(AutomationJobRegistrar.hourlyId(AutomationJobs.SLIP_ALERTS));
        job.runJob(request);
        verify(runner).run(eq(AutomationJobs.SLIP_ALERTS), eq(AutomationRunner.SCHEDULE), any());
    }

    @Test
    public void aFailureIsReportedAndTheLockReleased() {
        when(runner.run(any(), any(), any())).thenThrow(new IllegalStateException("database gone"));
        JvmLocks cluster = new JvmLocks();
        JobRunnerResponse response = new AutomationJob(AutomationJobs.STALE_DEALS, cluster, runner).runJob(request);
        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals(true, cluster.getLockForName(AutomationJob.LOCK_PREFIX + AutomationJobs.STALE_DEALS).tryLock());
    }

    @Test
    public void eachJobIsScheduledHourlyOncePerClusterByTheFirstNode() throws Exception {
        AutomationJobRegistrar registrar = new AutomationJobRegistrar(scheduler, new JvmLocks(), runner, CLOCK);
        registrar.onStart();
        registrar.onStop();

        for (String job : AutomationJobs.ALL) {
            verify(scheduler).registerJobRunner(eq(AutomationJobRegistrar.runnerKey(job)), any());
            ArgumentCaptor<JobConfig> hourly = ArgumentCaptor.forClass(JobConfig.class);
            verify(scheduler).scheduleJob(eq(AutomationJobRegistrar.hourlyId(job)), hourly.capture());
            assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, hourly.getValue().getRunMode());
            assertEquals(AutomationJobs.interval(job).toMillis(),
                    hourly.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
            verify(scheduler).unregisterJobRunner(AutomationJobRegistrar.runnerKey(job));
        }
        ArgumentCaptor<JobConfig> stale = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(AutomationJobRegistrar.hourlyId(AutomationJobs.STALE_DEALS)), stale.capture());
        assertEquals(Date.from(Instant.parse("2026-11-26T12:15:00Z")),
                stale.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        assertEquals(3_600_000L, stale.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(7 * 24 * 3_600_000L, AutomationJobs.interval(AutomationJobs.DIGEST).toMillis());
    }

    @Test
    public void aNodeStartingLaterKeepsTheSchedulesAndRunNowIsAOneOffRun() throws Exception {
        JobDetails details = mock(JobDetails.class);
        when(details.getNextRunTime()).thenReturn(Date.from(Instant.parse("2026-11-26T13:15:00Z")));
        when(scheduler.getJobDetails(any())).thenReturn(details);
        AutomationJobRegistrar registrar = new AutomationJobRegistrar(scheduler, new JvmLocks(), runner, CLOCK);
        registrar.onStart();
        verify(scheduler, never()).scheduleJob(eq(AutomationJobRegistrar.hourlyId(AutomationJobs.STALE_DEALS)), any());
        assertEquals(Optional.of(Instant.parse("2026-11-26T13:15:00Z")), registrar.nextRun(AutomationJobs.STALE_DEALS));

        registrar.runNow(AutomationJobs.SLIP_ALERTS);
        ArgumentCaptor<JobConfig> once = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(AutomationJobRegistrar.runNowId(AutomationJobs.SLIP_ALERTS)), once.capture());
        assertEquals(AutomationJobRegistrar.runnerKey(AutomationJobs.SLIP_ALERTS), once.getValue().getJobRunnerKey());
        assertEquals(0L, once.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, once.getValue().getRunMode());
    }
}
