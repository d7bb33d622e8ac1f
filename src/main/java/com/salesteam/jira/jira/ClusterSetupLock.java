package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLockService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.setup.SetupLock;

import java.util.function.Supplier;

/**
 * The setup lock as a Jira cluster lock, held for one project setup (seconds). Another admin's setup still running
 * after the wait is a conflict the caller is told about, not a server error.
 */
public class ClusterSetupLock implements SetupLock {

    static final String NAME = "com.salesteam.jira.sales-team-manager.setup";
    static final long WAIT_SECONDS = 30;

    private final ClusterLockService clusterLockService;

    public ClusterSetupLock(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public <T> T exclusively(Supplier<T> setup) {
        return ClusterLocking.exclusively(clusterLockService, NAME, WAIT_SECONDS, "project setup",
                () -> ServiceException.conflict("salesteam.setup.error.busy", WAIT_SECONDS), setup);
    }
}
