package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ClusterLedgerLockTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;

    @Test
    public void runsTheChangeHoldingTheClusterLock() throws Exception {
        when(lockService.getLockForName(ClusterLedgerLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterLedgerLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertEquals("done", new ClusterLedgerLock(lockService).exclusively(() -> "done"));
        verify(lock).unlock();
    }

    @Test
    public void aBusyLedgerIsAnErrorNotASilentSkip() throws Exception {
        when(lockService.getLockForName(ClusterLedgerLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterLedgerLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        try {
            new ClusterLedgerLock(lockService).exclusively(() -> "never");
            fail("a change that cannot get the lock must fail");
        } catch (IllegalStateException expected) {
            verify(lock, never()).unlock();
        }
    }
}
