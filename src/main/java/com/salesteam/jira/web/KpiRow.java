package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;

import java.util.Locale;

/** A KPI as the pages show it: every value already text, the name in the reader's language. */
public final class KpiRow {

    private final KpiDefinition kpi;
    private final Locale locale;

    public KpiRow(KpiDefinition kpi, Locale locale) {
        this.kpi = kpi;
        this.locale = locale;
    }

    public String getKey() {
        return kpi.key();
    }

    public String getName() {
        return kpi.name(locale);
    }

    public String getNameEn() {
        return kpi.nameEn();
    }

    public String getNameZh() {
        return kpi.nameZh();
    }

    public String getUnit() {
        return kpi.unit().key();
    }

    public String getSource() {
        return kpi.source().type();
    }

    /** The deal metric's key, for a deal-metric KPI; empty otherwise. */
    public String getMetric() {
        return kpi.source() instanceof KpiSource.DealMetric metric ? metric.metric().key() : "";
    }

    /** The JQL query, for a JQL count; empty otherwise. */
    public String getJql() {
        return kpi.source() instanceof KpiSource.JqlCount count ? count.jql() : "";
    }

    public String getDirection() {
        return kpi.direction().key();
    }

    public String getRepBenchmark() {
        return KpiDefinition.plainText(kpi.benchmark(KpiRole.REP));
    }

    public String getManagerBenchmark() {
        return KpiDefinition.plainText(kpi.benchmark(KpiRole.MANAGER));
    }

    public boolean isActive() {
        return kpi.active();
    }
}
