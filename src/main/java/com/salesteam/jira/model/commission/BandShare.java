package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a deal's credit that fell into one band (1-based), the band's bounds (an amount, or attainment % when
 * the {@code basis} is attainment) and rate, and what it earned.
 */
public record BandShare(int band, BigDecimal from, Optional<BigDecimal> to, BigDecimal rate, Money portion,
                        Money commission, TierBasis basis) {

    /** A band of credited amount, as marginal tiers and amount-based retroactive tiers have. */
    public BandShare(int band, BigDecimal from, Optional<BigDecimal> to, BigDecimal rate, Money portion,
                     Money commission) {
        this(band, from, to, rate, portion, commission, TierBasis.AMOUNT);
    }

    public BandShare {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(portion, "portion");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(basis, "basis");
    }
}
