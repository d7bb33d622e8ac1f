package com.salesteam.jira.service;

import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.ReconciliationStatus;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Rebuilds the ledger from the deal issues themselves, in pages, so nothing drifts from missed events: records
 * every deal as it is now, removes ledger deals that no longer exist (only after a complete pass from the first
 * page, and only once Jira confirms the issue is gone or no longer a deal), then recomputes the monthly sums. Progress is saved after each page; an interrupted run resumes there.
 * The caller holds the cluster lock.
 */
public class LedgerReconciler {

    public static final int PAGE_SIZE = 500;

    public record Result(int recorded, int removed, int total, boolean complete) {
        public String summary() {
            return "recorded " + recorded + " of " + total + " deals, removed " + removed
                    + (complete ? "" : " (stopped early; resumes at the next run)");
        }
    }

    private final DealSource source;
    private final DealLedgerService deals;
    private final DealLedger ledger;
    private final ReconciliationStatus status;
    private final Clock clock;

    public LedgerReconciler(DealSource source, DealLedgerService deals, DealLedger ledger, ReconciliationStatus status,
                            Clock clock) {
        this.source = source;
        this.deals = deals;
        this.ledger = ledger;
        this.status = status;
        this.clock = clock;
    }

    public Result run(BooleanSupplier cancelled) {
        int start = status.nextStart();
        boolean fromFirstPage = start == 0;
        Set<Long> seen = new HashSet<>();
        int recorded = 0;
        int total;
        while (true) {
            DealSource.DealPage page = source.page(start, PAGE_SIZE);
            total = page.total();
            deals.recordAll(page.deals());
            for (DealSnapshot deal : page.deals()) {
                seen.add(deal.issueId());
            }
            recorded += page.deals().size();
            start += page.deals().size();
            if (page.deals().isEmpty() || start >= total) {
                break;
            }
            status.progress(start, total);
            if (cancelled.getAsBoolean()) {
                return new Result(recorded, 0, total, false);
            }
        }
        int removed = 0;
        if (fromFirstPage) {
            for (long issueId : ledger.issueIds()) {
                if (!seen.contains(issueId) && !source.isDeal(issueId)) {
                    // the tombstone carries the deal's own last version, so a deal that comes back is recorded again
                    ledger.find(issueId).ifPresent(gone -> deals.delete(issueId, gone.version()));
                    removed++;
                }
            }
        }
        deals.rebuildSums();
        Result result = new Result(recorded, removed, total, true);
        status.finished(clock.instant().toString(), result.summary());
        return result;
    }
}
