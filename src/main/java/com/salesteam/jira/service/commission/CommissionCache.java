package com.salesteam.jira.service.commission;

import com.salesteam.jira.store.CommissionRepository;

/**
 * The commission setup and each rep's frozen lines, which only this app's admins change (plans, assignments, closing
 * a period): read once and kept in a cache that every node forgets on such a change (Jira's cluster cache), so a
 * statement costs the teams, the calendar, the rep's deals and (for a pay curve) the quota: five statements.
 */
public interface CommissionCache {

    CommissionSetup setup();

    CommissionRepository.Frozen frozen(String repKey);

    /** A plan, an assignment or a closed period changed. */
    void forgetAll();
}
