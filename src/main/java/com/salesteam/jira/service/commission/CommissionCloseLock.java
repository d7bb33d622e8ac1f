package com.salesteam.jira.service.commission;

import java.util.function.Supplier;

/**
 * Serialises closing commission periods across the cluster: two closes of one period at once (a retry, two admins)
 * would both find it open and both freeze its lines.
 */
public interface CommissionCloseLock {

    <T> T exclusively(Supplier<T> close);
}
