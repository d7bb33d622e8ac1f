package com.salesteam.jira.model;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A subject's deal sums over some days, per currency: the forecast sums of the deals whose forecast day lies in
 * them ({@link ForecastTotals}) and the new pipeline of the deals created in them ({@link NewPipeline}).
 */
public record DealSums(Map<Currency, ForecastTotals> totals, Map<Currency, NewPipeline> created) {

    public static final DealSums EMPTY = new DealSums(Map.of(), Map.of());

    public DealSums {
        totals = Map.copyOf(Objects.requireNonNull(totals, "totals"));
        created = Map.copyOf(Objects.requireNonNull(created, "created"));
    }

    public DealSums plus(DealSums other) {
        Map<Currency, ForecastTotals> sumTotals = new HashMap<>(totals);
        other.totals.forEach((currency, sum) -> sumTotals.merge(currency, sum, ForecastTotals::plus));
        Map<Currency, NewPipeline> sumCreated = new HashMap<>(created);
        other.created.forEach((currency, sum) -> sumCreated.merge(currency, sum, NewPipeline::plus));
        return new DealSums(sumTotals, sumCreated);
    }

    public static DealSums sum(Collection<DealSums> parts) {
        DealSums total = EMPTY;
        for (DealSums part : parts) {
            total = total.plus(part);
        }
        return total;
    }

    public NewPipeline created(Currency currency) {
        return created.getOrDefault(currency, NewPipeline.zero(currency));
    }

    /** New deals in every currency. */
    public long createdCount() {
        return created.values().stream().mapToLong(NewPipeline::count).sum();
    }

    /** The forecast sums of each owner, as the period rows give them. */
    public static Map<String, Map<Currency, ForecastTotals>> totalsByOwner(Map<String, DealSums> byOwner) {
        Map<String, Map<Currency, ForecastTotals>> totals = new LinkedHashMap<>();
        byOwner.forEach((owner, sums) -> {
            if (!sums.totals().isEmpty()) {
                totals.put(owner, sums.totals());
            }
        });
        return totals;
    }

    /**
     * Each owner's forecast sums of a period (the period rows) without new pipeline: a read that needs new pipeline
     * takes the period's day sums, which hold both.
     */
    public static Map<String, DealSums> byOwner(Map<String, Map<Currency, ForecastTotals>> totals) {
        Map<String, DealSums> byOwner = new LinkedHashMap<>();
        totals.forEach((owner, sums) -> byOwner.put(owner, new DealSums(sums, Map.of())));
        return byOwner;
    }
}
