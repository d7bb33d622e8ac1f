package com.salesteam.jira.model.kpi;

import java.util.Locale;

/** The roles a KPI has a benchmark for: what a rep is expected to reach differs from what a manager is. */
public enum KpiRole {
    REP,
    MANAGER;

    /** "rep", as in REST. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
