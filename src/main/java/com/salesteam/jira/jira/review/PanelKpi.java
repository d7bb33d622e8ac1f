package com.salesteam.jira.jira.review;

/** One KPI line of the review snapshot panel, formatted for the viewer; the template escapes every part. */
public final class PanelKpi {

    private final String name;
    private final String actual;
    private final String benchmark;
    private final String points;

    public PanelKpi(String name, String actual, String benchmark, String points) {
        this.name = name;
        this.actual = actual;
        this.benchmark = benchmark;
        this.points = points;
    }

    public String getName() {
        return name;
    }

    public String getActual() {
        return actual;
    }

    public String getBenchmark() {
        return benchmark;
    }

    public String getPoints() {
        return points;
    }
}
