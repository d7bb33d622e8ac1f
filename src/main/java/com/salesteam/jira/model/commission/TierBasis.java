package com.salesteam.jira.model.commission;

import java.util.Locale;
import java.util.Optional;

/**
 * What a retroactive plan's bands measure: the period's credited amount in the plan's currency, or attainment % of
 * the rep's revenue-won quota of the period. Marginal tiers always band the amount.
 */
public enum TierBasis {
    AMOUNT,
    ATTAINMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TierBasis> fromKey(String key) {
        for (TierBasis basis : values()) {
            if (basis.key().equals(key)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }
}
