package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.commission.CommissionCloseLock;

import java.util.function.Supplier;

/** Closing a commission period under a Jira cluster lock; a close still running elsewhere is a conflict to report. */
public class ClusterCommissionCloseLock implements CommissionCloseLock {

    static final String NAME = "com.salesteam.jira.sales-team-manager.commission-close";
    static final long WAIT_SECONDS = 30;

    private final ClusterLockService clusterLockService;

    public ClusterCommissionCloseLock(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public <T> T exclusively(Supplier<T> close) {
        return ClusterLocking.exclusively(clusterLockService, NAME, WAIT_SECONDS, "commission period close",
                () -> ServiceException.conflict("salesteam.error.commission.close.busy", WAIT_SECONDS), close);
    }
}
