package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's commission for one period under one plan (named as it was then): credit lines in order of close, then
 * clawback lines; the credit total, what the credit earned, the clawbacks (negative) and the net. Pay curves add the
 * attainment % and payout % (empty without a quota) and the target incentive they are a share of (empty for tiers,
 * and on statements frozen before it was kept).
 */
public record Statement(String periodKey, PlanHeading plan, List<StatementLine> lines, Money credited,
                        Money earned, Money clawedBack, Money net, Optional<BigDecimal> attainment,
                        Optional<BigDecimal> payout, Optional<Money> targetIncentive) {
    public Statement {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(plan, "plan");
        lines = List.copyOf(lines);
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(clawedBack, "clawedBack");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(targetIncentive, "targetIncentive");
    }
}
