package com.salesteam.jira.testing;

import com.salesteam.jira.service.LedgerLock;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The ledger lock for one JVM (tests, sandbox); Jira uses the cluster lock. */
public final class InJvmLedgerLock implements LedgerLock {

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
