package com.salesteam.jira.service;

import com.salesteam.jira.store.DealLedger;

import java.util.Collection;
import java.util.Set;

/**
 * Figures summed from deals must not show amounts of deals the viewer could not open in Jira. The sums are kept per
 * rep and period, not per project, so the rule is whole: a viewer sees summed amounts only if no recorded deal lies in
 * a project they cannot browse. A viewer who browses every project costs no statement; otherwise one indexed read.
 */
public class DealAmountAccess {

    private static final String UNBROWSABLE = "salesteam.error.deals.unbrowsable";
    private static final String UNBROWSABLE_LISTED = "salesteam.error.deals.listed.unbrowsable";

    private final ProjectBrowsing browsing;
    private final DealLedger ledger;

    public DealAmountAccess(ProjectBrowsing browsing, DealLedger ledger) {
        this.browsing = browsing;
        this.ledger = ledger;
    }

    /** Whether every recorded deal is in a project the caller can browse. */
    public boolean seesEveryDeal(Caller caller) {
        Set<Long> hidden = browsing.projectsHiddenFrom(caller.userKey());
        return hidden.isEmpty() || !ledger.anyDealIn(hidden);
    }

    /**
     * Whether the caller browses every project, deals or not: the free check for views shown on every issue, where
     * even one read per view is too many; someone it fails for sees no summed amount there.
     */
    public boolean browsesEveryProject(Caller caller) {
        return browsing.projectsHiddenFrom(caller.userKey()).isEmpty();
    }

    /** Refuses (403, saying why) a caller who cannot browse some project that holds deals. */
    public void requireEveryDeal(Caller caller) {
        if (!seesEveryDeal(caller)) {
            throw ServiceException.forbidden(UNBROWSABLE);
        }
    }

    /**
     * Refuses (403, saying why) a caller who does not browse every project and is not among the viewers of every one
     * of {@code deals}: a figure made of listed deals (a statement) reveals only those, not the whole ledger. The
     * per-issue answer ({@code browsable}, from one batch already made) costs no statement. A deleted deal is in
     * no batch, so such a caller is refused a figure made of one, as of a deal they may not see.
     */
    public void requireListedDeals(Caller caller, Collection<Long> deals, Set<Long> browsable) {
        if (!browsable.containsAll(deals) && !browsesEveryProject(caller)) {
            throw ServiceException.forbidden(UNBROWSABLE_LISTED);
        }
    }
}
