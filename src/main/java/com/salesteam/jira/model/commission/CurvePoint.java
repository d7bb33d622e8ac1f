package com.salesteam.jira.model.commission;

import java.math.BigDecimal;
import java.util.Objects;

/** A breakpoint of a pay curve: at this attainment % the plan pays this % of the target incentive. */
public record CurvePoint(BigDecimal attainment, BigDecimal payout) {
    public CurvePoint {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(payout, "payout");
    }
}
