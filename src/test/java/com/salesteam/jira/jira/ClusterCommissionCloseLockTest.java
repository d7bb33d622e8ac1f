package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.ServiceException;
import org.junit.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Closing a commission period under the cluster lock: run once and released, or refused while another node closes. */
public class ClusterCommissionCloseLockTest {

    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);

    @Test
    public void theCloseRunsOnceUnderTheLockAndReleasesIt() throws Exception {
        when(service.getLockForName(ClusterCommissionCloseLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterCommissionCloseLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);
        AtomicInteger runs = new AtomicInteger();

        assertEquals("closed", new ClusterCommissionCloseLock(service).exclusively(() -> {
            runs.incrementAndGet();
            return "closed";
        }));
        assertEquals(1, runs.get());
        verify(lock).unlock();
    }

    @Test
    public void aCloseThatFailsStillReleasesTheLock() throws Exception {
        when(service.getLockForName(ClusterCommissionCloseLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterCommissionCloseLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertThrows(IllegalStateException.class, () -> new ClusterCommissionCloseLock(service).exclusively(() -> {
            throw new IllegalStateException("database gone");
        }));
        verify(lock).unlock();
    }

    @Test
    public void aCloseStillRunningOnAnotherNodeIsAConflictAndNothingRuns() throws Exception {
        when(service.getLockForName(ClusterCommissionCloseLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterCommissionCloseLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);
        AtomicInteger runs = new AtomicInteger();

        ServiceException busy = refused(() -> new ClusterCommissionCloseLock(service).exclusively(runs::incrementAndGet));

        assertEquals(ServiceException.Reason.CONFLICT, busy.reason());
        assertEquals("salesteam.error.commission.close.busy", busy.messageKey());
        assertEquals(0, runs.get());
        verify(lock, never()).unlock();
    }
}
