package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.LedgerLock;

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
        return ClusterLocking.exclusively(clusterLockService, NAME, WAIT_SECONDS, "the deal ledger",
                () -> new IllegalStateException("the deal ledger stayed busy for " + WAIT_SECONDS + " s"), change);
    }
}
