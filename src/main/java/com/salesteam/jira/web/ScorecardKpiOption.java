package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;

import java.util.Locale;

/** A KPI the scorecard weights may pick: key and name in the reader's language. */
public final class ScorecardKpiOption {

    private final KpiDefinition kpi;
    private final Locale locale;

    public ScorecardKpiOption(KpiDefinition kpi, Locale locale) {
        this.kpi = kpi;
        this.locale = locale;
    }

    public String getKey() {
        return kpi.key();
    }

    public String getName() {
        return kpi.name(locale);
    }
}
