package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.commission.Statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rep's statement for a period: empty when no plan applies. {@code closed} when an admin froze the period (the
 * lines are then those stored at closing); {@code otherCurrencyDeals} won deals not in the plan's currency, which
 * are left out rather than converted without a rate; {@code dealKeys} the issue keys of the lines' deals that the
 * viewer may browse (a deal missing from it is shown as hidden, never by its key). {@code clawbacks} give back deals
 * paid earlier in a currency that no plan of the period pays in (all of them when the rep has no plan then), one
 * clawback-only statement per currency, so a clawback is never dropped or converted.
 */
public record RepStatement(String repKey, String repName, String periodKey, boolean closed,
                           Optional<Statement> statement, int otherCurrencyDeals, Map<Long, String> dealKeys,
                           List<Statement> clawbacks) {
    public RepStatement {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(repName, "repName");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(statement, "statement");
        dealKeys = Map.copyOf(dealKeys);
        clawbacks = List.copyOf(clawbacks);
    }

    /** A statement with no clawback outside the plan. */
    public RepStatement(String repKey, String repName, String periodKey, boolean closed, Optional<Statement> statement,
                        int otherCurrencyDeals, Map<Long, String> dealKeys) {
        this(repKey, repName, periodKey, closed, statement, otherCurrencyDeals, dealKeys, List.of());
    }

    /** The plan's statement, then the clawback-only ones. */
    public List<Statement> statements() {
        List<Statement> all = new java.util.ArrayList<>(clawbacks.size() + 1);
        statement.ifPresent(all::add);
        all.addAll(clawbacks);
        return all;
    }

    /** The deals of every line, in order. */
    public Set<Long> dealIds() {
        Set<Long> deals = new LinkedHashSet<>();
        statements().forEach(figures -> figures.lines().forEach(line -> deals.add(line.dealId())));
        return deals;
    }

    /** The deal's issue key, empty when the viewer may not browse it or its issue no longer exists. */
    public Optional<String> dealKey(long dealId) {
        return Optional.ofNullable(dealKeys.get(dealId));
    }

    RepStatement withDealKeys(Map<Long, String> keys) {
        return new RepStatement(repKey, repName, periodKey, closed, statement, otherCurrencyDeals, keys, clawbacks);
    }
}
