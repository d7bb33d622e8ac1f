package com.salesteam.jira.testing;

import com.salesteam.jira.service.LedgerLock;
import com.salesteam.jira.service.commission.CommissionCloseLock;
import com.salesteam.jira.service.setup.SetupLock;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The ledger, setup and commission-close locks for one JVM (tests, sandbox); Jira uses cluster locks. */
public final class InJvmLock implements LedgerLock, SetupLock, CommissionCloseLock {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T exclusively(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
