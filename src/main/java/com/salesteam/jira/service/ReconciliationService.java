package com.salesteam.jira.service;

import com.salesteam.jira.store.ReconciliationStatus;

import java.util.Optional;

/** The ledger reconciliation as Jira administrators see it: where it stands, and "rebuild now". */
public class ReconciliationService {

    private static final String ADMIN_ONLY = "salesteam.error.ledger.adminonly";

    /** Last finished run (ISO instant), its outcome, and the progress of an unfinished one. */
    public record Status(Optional<String> lastFinished, Optional<String> lastResult, int nextStart, int total) {
    }

    private final ReconciliationStatus status;
    private final ReconciliationTrigger trigger;
    private final AccessGuard access;

    public ReconciliationService(ReconciliationStatus status, ReconciliationTrigger trigger, CurrentUser currentUser) {
        this.status = status;
        this.trigger = trigger;
        this.access = new AccessGuard(currentUser);
    }

    public Status status() {
        access.requireAdmin(ADMIN_ONLY);
        return new Status(status.lastFinished(), status.lastResult(), status.nextStart(), status.total());
    }

    public Status runNow() {
        access.requireAdmin(ADMIN_ONLY);
        trigger.runNow();
        return status();
    }
}
