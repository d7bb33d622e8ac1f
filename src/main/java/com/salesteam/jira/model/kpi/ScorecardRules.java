package com.salesteam.jira.model.kpi;

import com.salesteam.jira.model.PeriodType;

import java.math.BigDecimal;
import java.util.Map;

/** What scoring needs besides the values: the KPI definitions by key and each role's scorecard. */
public record ScorecardRules(Map<String, KpiDefinition> kpis, Map<KpiRole, Scorecard> scorecards) {

    public ScorecardRules {
        kpis = Map.copyOf(kpis);
        scorecards = Map.copyOf(scorecards);
    }

    public Scorecard scorecard(KpiRole role) {
        return scorecards.getOrDefault(role, new Scorecard(role, java.util.List.of()));
    }

    public ScorecardScore score(KpiRole role, Map<String, BigDecimal> actuals, PeriodType type) {
        return scorecard(role).score(kpis, actuals, type);
    }
}
