package com.salesteam.jira.rest.entities;

/** Where the ledger reconciliation stands: last finished run and its outcome, and the progress of a running one. */
public class ReconciliationJson {

    private final String lastFinished;
    private final String lastResult;
    private final int nextStart;
    private final int total;

    public ReconciliationJson(String lastFinished, String lastResult, int nextStart, int total) {
        this.lastFinished = lastFinished;
        this.lastResult = lastResult;
        this.nextStart = nextStart;
        this.total = total;
    }

    /** ISO instant, or null before the first run. */
    public String getLastFinished() {
        return lastFinished;
    }

    public String getLastResult() {
        return lastResult;
    }

    /** Deals already read by an unfinished run (0 when none is pending). */
    public int getNextStart() {
        return nextStart;
    }

    public int getTotal() {
        return total;
    }
}
