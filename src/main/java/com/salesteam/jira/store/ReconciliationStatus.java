package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger reconciliation stands, kept in the settings table so every cluster node sees it: the next
 * page to read (to resume an interrupted run) and the outcome of the last finished run.
 */
public class ReconciliationStatus {

    static final String NEXT_START = "ledger.reconcile.nextStart";
    static final String TOTAL = "ledger.reconcile.total";
    static final String LAST_FINISHED = "ledger.reconcile.lastFinished";
    static final String LAST_RESULT = "ledger.reconcile.lastResult";

    private final SettingsRepository settings;

    public ReconciliationStatus(ActiveObjects ao) {
        this.settings = new SettingsRepository(ao);
    }

    public int nextStart() {
        return get(NEXT_START).map(Integer::parseInt).orElse(0);
    }

    public int total() {
        return get(TOTAL).map(Integer::parseInt).orElse(0);
    }

    public Optional<String> lastFinished() {
        return get(LAST_FINISHED);
    }

    public Optional<String> lastResult() {
        return get(LAST_RESULT);
    }

    public void progress(int nextStart, int total) {
        settings.putAll(Map.of(NEXT_START, Integer.toString(nextStart), TOTAL, Integer.toString(total)));
    }

    public void finished(String when, String result) {
        settings.putAll(Map.of(NEXT_START, "0", LAST_FINISHED, when, LAST_RESULT, result));
    }

    private Optional<String> get(String key) {
        return Optional.ofNullable(settings.values(key).get(key));
    }
}
