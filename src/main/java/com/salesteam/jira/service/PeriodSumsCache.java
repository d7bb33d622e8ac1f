package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastTotals;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;

/**
 * Every rep's sums of one fiscal month, quarter or year (the ledger's period rows, per owner and currency), kept in
 * a bounded cache: when a deal counted in a period changes, the node that records it patches its own copy and the
 * other nodes re-read the changed owners' rows (see {@link #patch}). Leaderboards and team
 * attainment read a period of everyone from here: at 10,000 reps the embedded database alone needs tens of
 * milliseconds to hand over a period's rows, and a past period (the "previous" of every board) rarely changes.
 */
public interface PeriodSumsCache {

    /** Per period key (each one asked for), owner and currency; the misses are read in one statement. */
    Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod(Collection<String> periodKeys);

    /**
     * What this node holds of these periods, taken under the ledger lock before a change is written; periods not
     * held (or held too long, see {@link Held}) are absent. {@link #patch} moves exactly these by the change.
     */
    Map<String, Held> held(Collection<String> periodKeys);

    /**
     * After a change is written, still under the ledger lock: this node keeps each period it held plus the deltas
     * (per period, owner and currency), and every other node re-reads the changed owners of those periods (or the
     * whole period, when an owner is new to it or this node held none), so no board just after a change needs to
     * read a quarter of everyone again. A patched period keeps the instant it was read: patches never make it live
     * longer than the read would have.
     */
    void patch(Map<String, Held> held, Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas);

    /**
     * A deal counted (or stopped counting) in these periods. Called under the ledger lock: forgotten after it, a
     * period could be patched back in between from sums held before this change.
     */
    void forgetPeriods(Collection<String> periodKeys);

    /** Every period row was rebuilt (reconciliation, a new fiscal calendar); under the ledger lock, as above. */
    void forgetAll();

    /**
     * A period's sums as this node holds them and when they were read from the ledger: a sum read wrongly (the race
     * every cache here has) must still expire that long after the read, however often it is patched.
     */
    record Held(Instant loadedAt, Map<String, Map<Currency, ForecastTotals>> sums) {
    }
}
