package com.salesteam.jira.service;

/** Starts a ledger reconciliation as soon as possible on whichever node the scheduler picks. */
public interface ReconciliationTrigger {
    void runNow();
}
