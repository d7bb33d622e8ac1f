package com.salesteam.jira.web;

/** One KPI's value on one day of the "Log activity" table; empty text where nothing was logged. */
public final class ActivityCell {

    private final String kpi;
    private final String value;

    public ActivityCell(String kpi, String value) {
        this.kpi = kpi;
        this.value = value;
    }

    public String getKpi() {
        return kpi;
    }

    public String getValue() {
        return value;
    }
}
