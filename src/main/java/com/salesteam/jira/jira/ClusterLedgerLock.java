package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.LedgerLock;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The ledger lock as a Jira cluster lock: held for one deal change (milliseconds) or one rebuild of the sums. */
public class ClusterLedgerLock implements LedgerLock {

    static final String NAME = "com.salesteam.jira.sales-team-manager.ledger";
    static final long WAIT_SECONDS = 60;

    private final ClusterLockService clusterLockService;

    public ClusterLedgerLock(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public <T> T exclusively(Supplier<T> change) {
        ClusterLock lock = clusterLockService.getLockForName(NAME);
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the deal ledger", e);
        }
        if (!locked) {
            throw new IllegalStateException("the deal ledger stayed busy for " + WAIT_SECONDS + " s");
        }
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
