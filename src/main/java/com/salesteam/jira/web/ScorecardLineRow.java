package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.ScorecardWeight;

/** A weighted KPI as the weights section shows it: its key, weight and cap (empty: none) in percent, as text. */
public final class ScorecardLineRow {

    private final ScorecardWeight weight;

    ScorecardLineRow(ScorecardWeight weight) {
        this.weight = weight;
    }

    public String getKpi() {
        return weight.kpiKey();
    }

    public String getWeight() {
        return KpiDefinition.plainText(weight.weight());
    }

    public String getCap() {
        return weight.cap().map(KpiDefinition::plainText).orElse("");
    }
}
