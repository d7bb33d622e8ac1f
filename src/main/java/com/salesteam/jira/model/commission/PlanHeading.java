package com.salesteam.jira.model.commission;

import java.util.Currency;
import java.util.Objects;

/**
 * What a statement says of the plan it was worked out under: its name, kind and currency. A closed period keeps the
 * heading it was paid under, so renaming a plan or changing its currency later does not relabel what was paid. The
 * tier basis says whether a retroactive plan banded attainment (and so needed a quota).
 */
public record PlanHeading(String name, PlanKind kind, TierBasis basis, Currency currency) {

    /** The heading of a plan whose tiers (if any) band the credited amount. */
    public PlanHeading(String name, PlanKind kind, Currency currency) {
        this(name, kind, TierBasis.AMOUNT, currency);
    }

    public PlanHeading {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(currency, "currency");
    }

    /** Whether the plan pays on attainment of the rep's revenue quota: a pay curve, or retroactive tiers of it. */
    public boolean readsQuota() {
        return kind == PlanKind.PAY_CURVE || basis == TierBasis.ATTAINMENT;
    }
}
