package com.salesteam.jira.store.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the SQL statements the store sends, so tests can hold a request to its query budget. */
public final class StatementCounter {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }
}
