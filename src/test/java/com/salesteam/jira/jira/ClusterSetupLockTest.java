package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.ServiceException;
import org.junit.Test;

import java.util.concurrent.TimeUnit;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ClusterSetupLockTest {

    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);

    @Test
    public void theSetupRunsUnderTheClusterLockAndReleasesIt() throws Exception {
        when(service.getLockForName(ClusterSetupLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterSetupLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertEquals("done", new ClusterSetupLock(service).exclusively(() -> "done"));
        verify(lock).unlock();
    }

    @Test
    public void aSetupStillRunningElsewhereIsAConflictToldToTheAdmin() throws Exception {
        when(service.getLockForName(ClusterSetupLock.NAME)).thenReturn(lock);
        when(lock.tryLock(ClusterSetupLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        ServiceException busy = refused(() -> new ClusterSetupLock(service).exclusively(() -> "never"));

        assertEquals(ServiceException.Reason.CONFLICT, busy.reason());
        assertEquals("salesteam.setup.error.busy", busy.messageKey());
        verify(lock, never()).unlock();
    }
}
