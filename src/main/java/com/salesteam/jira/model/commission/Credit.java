package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.time.LocalDate;
import java.util.Objects;

/** A won deal credited to the rep in the period: the ledger's issue id, its close date and amount. */
public record Credit(long dealId, LocalDate closedOn, Money amount) {
    public Credit {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(amount, "amount");
    }
}
