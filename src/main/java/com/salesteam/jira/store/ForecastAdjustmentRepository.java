package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.ForecastAdjustment;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Managers' forecast calls: appended, never changed, read per team and period newest first. */
public class ForecastAdjustmentRepository {

    private final ActiveObjects ao;

    public ForecastAdjustmentRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    public void add(ForecastAdjustment adjustment) {
        Map<String, Object> row = new HashMap<>();
        row.put("TEAM_ID", adjustment.teamId());
        row.put("PERIOD_KEY", adjustment.periodKey());
        row.put("CATEGORY", adjustment.category().name());
        row.put("AMOUNT_MINOR", adjustment.amount().minor());
        row.put("CURRENCY", adjustment.amount().currency().getCurrencyCode());
        row.put("NOTE", adjustment.note());
        row.put("AUTHOR_KEY", adjustment.authorKey());
        row.put("MADE_AT", adjustment.madeAt().toEpochMilli());
        ao.executeInTransaction(() -> {
            ao.create(ForecastAdjustEntity.class, List.of(row));
            return null;
        });
    }

    /** Every call on the team's forecast for the period, the latest first: one statement. */
    public List<ForecastAdjustment> history(long teamId, String periodKey) {
        return history(List.of(teamId), periodKey);
    }

    /** Every call on those teams' forecasts for the period, the latest first: one statement per 1,000 teams. */
    public List<ForecastAdjustment> history(Collection<Long> teamIds, String periodKey) {
        List<ForecastAdjustment> history = new ArrayList<>();
        List<Long> ids = List.copyOf(teamIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(periodKey);
            ao.stream(ForecastAdjustEntity.class, Query.select().where("TEAM_ID IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") AND PERIOD_KEY = ?",
                    parameters.toArray()), row -> history.add(toAdjustment(row)));
        }
        history.sort(Comparator.comparing(ForecastAdjustment::madeAt).reversed());
        return history;
    }

    private static ForecastAdjustment toAdjustment(ForecastAdjustEntity row) {
        Currency currency = Currency.getInstance(row.getCurrency());
        return new ForecastAdjustment(row.getTeamId(), row.getPeriodKey(), ForecastCategory.valueOf(row.getCategory()),
                Money.ofMinor(row.getAmountMinor(), currency), row.getNote() == null ? "" : row.getNote(),
                row.getAuthorKey(), Instant.ofEpochMilli(row.getMadeAt()));
    }
}
