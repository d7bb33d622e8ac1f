package com.salesteam.jira.service;

import java.util.function.Supplier;

/**
 * Serialises changes of the deal ledger across the cluster: a change reads sums and writes them back, and Active
 * Objects has no atomic "add to column", so two nodes changing the same sums at once would lose one change.
 */
public interface LedgerLock {

    <T> T exclusively(Supplier<T> change);
}
