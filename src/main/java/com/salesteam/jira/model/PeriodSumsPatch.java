package com.salesteam.jira.model;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Everyone's sums of a period moved by one deal change, as the period rows will read after it: each non-zero delta
 * added to its owner's sums in its currency (an owner or currency new to the period appears with it). Zero deltas
 * add nothing, as the ledger writes no row for them, so the patched sums equal a fresh read of the rows.
 */
public final class PeriodSumsPatch {

    private PeriodSumsPatch() {
    }

    /**
     * A new map sharing the unchanged owners' maps; {@code sums} and the maps inside it are left as they are (they
     * are shared), and each patched owner's map is immutable.
     */
    public static Map<String, Map<Currency, ForecastTotals>> apply(Map<String, Map<Currency, ForecastTotals>> sums,
                                                                   Map<String, Map<Currency, ForecastTotals>> deltas) {
        Map<String, Map<Currency, ForecastTotals>> patched = new HashMap<>(sums);
        deltas.forEach((owner, byCurrency) -> byCurrency.forEach((currency, delta) -> {
            if (!delta.isZero()) {
                Map<Currency, ForecastTotals> own = new HashMap<>(patched.getOrDefault(owner, Map.of()));
                own.merge(currency, delta, ForecastTotals::plus);
                patched.put(owner, Map.copyOf(own));
            }
        }));
        return patched;
    }
}
