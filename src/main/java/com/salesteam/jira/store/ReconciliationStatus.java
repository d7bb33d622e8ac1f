package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

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

    private final ActiveObjects ao;

    public ReconciliationStatus(ActiveObjects ao) {
        this.ao = ao;
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
        put(Map.of(NEXT_START, Integer.toString(nextStart), TOTAL, Integer.toString(total)));
    }

    public void finished(String when, String result) {
        put(Map.of(NEXT_START, "0", LAST_FINISHED, when, LAST_RESULT, result));
    }

    private Optional<String> get(String key) {
        AppSettingEntity[] rows = ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    private void put(Map<String, String> values) {
        ao.executeInTransaction(() -> {
            values.forEach((key, value) -> {
                AppSettingEntity[] rows = ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
                if (rows.length == 0) {
                    ao.create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", key, "SETTING_VALUE", value));
                } else {
                    rows[0].setSettingValue(value);
                    rows[0].save();
                }
            });
            return null;
        });
    }
}
