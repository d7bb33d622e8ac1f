package com.salesteam.jira.model.commission;

import java.util.Locale;
import java.util.Optional;

/**
 * How a plan turns credit into pay. Marginal tiers band the period's credited amount (in the plan's currency);
 * retroactive tiers band it or attainment % of the rep's revenue quota ({@link TierBasis}); the pay curve works on
 * attainment %.
 */
public enum PlanKind {
    /** The rate of the band the period's total credit (or its attainment of quota) reaches applies to all of it. */
    RETROACTIVE_TIERS,
    /** Each part of each deal earns the rate of the band it falls in, deals taken in order of close. */
    MARGINAL_TIERS,
    /** Target incentive × f(attainment): zero below the threshold, piecewise linear, accelerated above 100 %. */
    PAY_CURVE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PlanKind> fromKey(String key) {
        for (PlanKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
