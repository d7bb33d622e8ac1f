package com.salesteam.jira.model.badge;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** A won deal as the badge rules need it: whose, when it was closed and for how much (minor units of currency). */
public record WonDeal(long issueId, String ownerKey, LocalDate closedOn, long amountMinor, Currency currency) {

    public WonDeal {
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(currency, "currency");
    }
}
