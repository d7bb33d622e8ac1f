package com.salesteam.jira.model.commission;

import java.util.Currency;
import java.util.Objects;

/**
 * What a statement says of the plan it was worked out under: its name, kind and currency. A closed period keeps the
 * heading it was paid under, so renaming a plan or changing its currency later does not relabel what was paid.
 */
public record PlanHeading(String name, PlanKind kind, Currency currency) {
    public PlanHeading {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
    }
}
