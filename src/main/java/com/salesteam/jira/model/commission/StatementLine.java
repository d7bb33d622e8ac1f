package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a statement. A credit: the deal, its close date, its credit, the band(s) it fell into and the
 * commission. A clawback: the negative of what a deal earned in the period it was paid in ({@link #paidPeriod()}).
 * {@link #rate()} is the band's rate, or for a split deal or a pay curve the effective rate (commission ÷ credit).
 */
public record StatementLine(Kind kind, long dealId, Optional<LocalDate> closedOn, Money credit, List<BandShare> bands,
                            BigDecimal rate, Money commission, Optional<String> paidPeriod) {

    public enum Kind { CREDIT, CLAWBACK }

    public StatementLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(credit, "credit");
        bands = List.copyOf(bands);
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(paidPeriod, "paidPeriod");
    }
}
