package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.badge.WonDeal;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The won deals of given owners, read from the deal ledger for the badge rules: a job reads them for the few reps
 * who won something in the quarters it looks at, through the owner index.
 */
public class WonDealReader {

    private final ActiveObjects ao;

    public WonDealReader(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Every won, not deleted deal of these owners, dated by its close (else expected close) date: one statement up to
     * 1,998 owners, else one per 1,000.
     */
    public List<WonDeal> wonDealsOf(Collection<String> owners) {
        List<WonDeal> won = new ArrayList<>();
        for (List<String> batch : InList.perStatement(new LinkedHashSet<>(owners), 2)) {
            List<Object> parameters = InList.parameters(batch);
            parameters.add(DealOutcome.WON.name());
            parameters.add(Boolean.FALSE);
            ao.stream(DealEntity.class, Query.select().where(InList.of("OWNER_KEY", batch.size())
                    + " AND OUTCOME = ? AND DELETED = ?", parameters.toArray()), row -> {
                Optional<LocalDate> day = Optional.ofNullable(row.getClosedOn())
                        .or(() -> Optional.ofNullable(row.getExpectedClose())).map(LocalDate::parse);
                day.ifPresent(closed -> won.add(new WonDeal(row.getIssueId(), row.getOwnerKey(), closed,
                        row.getAmountMinor(), Currency.getInstance(row.getCurrency()))));
            });
        }
        return won;
    }
}
