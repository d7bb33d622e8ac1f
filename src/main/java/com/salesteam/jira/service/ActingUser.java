package com.salesteam.jira.service;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller of work a scheduled job does on someone's behalf (the team's Sales Meeting agenda is read as its
 * manager), so the services' own permission rules apply to it unchanged: services built over {@link #currentUser()}
 * see whoever {@link #as} names. Per thread: the scheduler may run two jobs at once, and nothing is shared between
 * nodes. Not a {@link CurrentUser} itself, so nothing wired by type mistakes it for the logged-in user.
 */
public final class ActingUser {

    private final ThreadLocal<Caller> acting = new ThreadLocal<>();

    /** The caller as the services ask for it: empty outside {@link #as}. */
    public CurrentUser currentUser() {
        return () -> Optional.ofNullable(acting.get());
    }

    /** Runs {@code work} as {@code caller}; whoever acted before is back afterwards, even when the work fails. */
    public <T> T as(Caller caller, Supplier<T> work) {
        Caller before = acting.get();
        acting.set(caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                acting.remove();
            } else {
                acting.set(before);
            }
        }
    }
}
