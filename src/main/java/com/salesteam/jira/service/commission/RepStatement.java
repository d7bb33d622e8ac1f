package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.commission.Statement;

import java.util.Objects;
import java.util.Optional;

/**
 * A rep's statement for a period: empty when no plan applies. {@code closed} when an admin froze the period (the
 * lines are then those stored at closing); {@code otherCurrencyDeals} won deals not in the plan's currency, which
 * are left out rather than converted without a rate.
 */
public record RepStatement(String repKey, String repName, String periodKey, boolean closed,
                           Optional<Statement> statement, int otherCurrencyDeals) {
    public RepStatement {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(repName, "repName");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(statement, "statement");
    }
}
