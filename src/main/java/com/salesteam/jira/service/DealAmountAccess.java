package com.salesteam.jira.service;

import com.salesteam.jira.store.DealLedger;

import java.util.Set;

/**
 * Figures summed from deals must not show amounts of deals the viewer could not open in Jira. The sums are kept per
 * rep and period, not per project, so the rule is whole: a viewer sees summed amounts only if no recorded deal lies in
 * a project they cannot browse. A viewer who browses every project costs no statement; otherwise one indexed read.
 */
public class DealAmountAccess {

    private static final String UNBROWSABLE = "salesteam.error.deals.unbrowsable";

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
}
