package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.util.Objects;

/** A deal's credit and commission as frozen when the period it was paid in was closed. */
public record PaidCredit(long dealId, String periodKey, Money credit, Money commission) {
    public PaidCredit {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(commission, "commission");
    }
}
