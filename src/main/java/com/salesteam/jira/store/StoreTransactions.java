package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.function.Supplier;

/**
 * One database transaction around the writes of several repositories, for a use case that must write them all or
 * none: the repositories' own transactions join it.
 */
public class StoreTransactions {

    private final ActiveObjects ao;

    public StoreTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T inOne(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
