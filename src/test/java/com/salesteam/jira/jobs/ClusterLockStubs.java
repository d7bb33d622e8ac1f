package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import static org.mockito.Mockito.when;

/** Stubs a mocked cluster lock as free on this node or held by another, for the job tests. */
final class ClusterLockStubs {

    private ClusterLockStubs() {
    }

    static void lockFree(ClusterLockService lockService, String name, ClusterLock lock) {
        when(lockService.getLockForName(name)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
    }

    static void lockHeldByAnotherNode(ClusterLockService lockService, String name, ClusterLock lock) {
        when(lockService.getLockForName(name)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);
    }
}
