package com.salesteam.jira.web;

import java.util.List;

/** One day of the "Log activity" table: its ISO date, its label in the reader's language, a cell per KPI column. */
public final class ActivityDay {

    private final String day;
    private final String label;
    private final List<ActivityCell> values;

    public ActivityDay(String day, String label, List<ActivityCell> values) {
        this.day = day;
        this.label = label;
        this.values = List.copyOf(values);
    }

    public String getDay() {
        return day;
    }

    public String getLabel() {
        return label;
    }

    public List<ActivityCell> getValues() {
        return values;
    }
}
