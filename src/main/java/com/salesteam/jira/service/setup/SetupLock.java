package com.salesteam.jira.service.setup;

import java.util.function.Supplier;

/**
 * Serialises project setups across the cluster: two admins setting up at once on two nodes would both find a
 * field missing and both create it.
 */
public interface SetupLock {

    <T> T exclusively(Supplier<T> setup);
}
