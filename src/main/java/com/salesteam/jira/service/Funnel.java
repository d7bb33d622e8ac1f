package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** The stage funnel of a forecast: open stages only, least likely first, named by their statuses. */
final class Funnel {

    private Funnel() {
    }

    static List<ForecastLine> of(Map<String, Map<Currency, ForecastTotals>> byStage, Map<String, String> names) {
        List<ForecastLine> stages = new ArrayList<>();
        byStage.forEach((stage, totals) -> {
            boolean open = totals.values().stream().anyMatch(sum -> sum.openCount() > 0);
            if (open) {
                stages.add(new ForecastLine(stage, names.getOrDefault(stage, stage), totals));
            }
        });
        stages.sort(Comparator.comparing(Funnel::likelihood));
        return stages;
    }

    /** Weighted ÷ open amount: the stage's average probability. */
    private static BigDecimal likelihood(ForecastLine stage) {
        long open = 0;
        long weighted = 0;
        for (ForecastTotals sum : stage.totals().values()) {
            open += sum.pipelineMinor() + sum.bestCaseMinor() + sum.commitMinor();
            weighted += sum.weightedMinor();
        }
        return open == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(open), 6, RoundingMode.HALF_UP);
    }
}
