package com.salesteam.jira.web;

/** A plan as the commission plans page lists it. */
public final class CommissionPlanRow {

    private final long id;
    private final String name;
    private final String kind;
    private final String currency;
    private final String summary;

    public CommissionPlanRow(long id, String name, String kind, String currency, String summary) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.currency = currency;
        this.summary = summary;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSummary() {
        return summary;
    }
}
