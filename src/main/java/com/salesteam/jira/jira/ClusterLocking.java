package com.salesteam.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs work under a named Jira cluster lock, waiting a bounded time for it. */
final class ClusterLocking {

    private ClusterLocking() {
    }

    /** {@code busy} is what to throw when the lock stayed taken for {@code waitSeconds}. */
    static <T> T exclusively(ClusterLockService service, String name, long waitSeconds, String what,
                             Supplier<? extends RuntimeException> busy, Supplier<T> work) {
        ClusterLock lock = service.getLockForName(name);
        boolean locked;
        try {
            locked = lock.tryLock(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
        if (!locked) {
            throw busy.get();
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
