package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.commission.Statement;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rep's statement for a period: empty when no plan applies. {@code closed} when an admin froze the period (the
 * lines are then those stored at closing); {@code otherCurrencyDeals} won deals not in the plan's currency, which
 * are left out rather than converted without a rate; {@code dealKeys} the issue keys of the lines' deals that the
 * viewer may browse (a deal missing from it is shown as hidden, never by its key).
 */
public record RepStatement(String repKey, String repName, String periodKey, boolean closed,
                           Optional<Statement> statement, int otherCurrencyDeals, Map<Long, String> dealKeys) {
    public RepStatement {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(repName, "repName");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(statement, "statement");
        dealKeys = Map.copyOf(dealKeys);
    }

    /** The deals of every line, in order. */
    public Set<Long> dealIds() {
        Set<Long> deals = new LinkedHashSet<>();
        statement.ifPresent(figures -> figures.lines().forEach(line -> deals.add(line.dealId())));
        return deals;
    }

    /** The deal's issue key, empty when the viewer may not browse it or its issue no longer exists. */
    public Optional<String> dealKey(long dealId) {
        return Optional.ofNullable(dealKeys.get(dealId));
    }

    RepStatement withDealKeys(Map<Long, String> keys) {
        return new RepStatement(repKey, repName, periodKey, closed, statement, otherCurrencyDeals, keys);
    }
}
