package com.salesteam.jira.model.commission;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A band [from, to) of the period's credited amount, in the plan's currency (major units), or of attainment % when
 * the plan's {@link TierBasis} is attainment, and its rate in %. The last band may be open (no {@code to}); credit
 * above a closed last band still earns the last band's rate.
 */
public record Tier(BigDecimal from, Optional<BigDecimal> to, BigDecimal rate) {
    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
    }
}
