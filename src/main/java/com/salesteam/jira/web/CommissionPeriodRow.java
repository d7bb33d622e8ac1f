package com.salesteam.jira.web;

/** A fiscal period offered on the commission pages, and whether an admin closed it. */
public final class CommissionPeriodRow {

    private final String key;
    private final String label;
    private final boolean closed;

    public CommissionPeriodRow(String key, String label, boolean closed) {
        this.key = key;
        this.label = label;
        this.closed = closed;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public boolean isClosed() {
        return closed;
    }
}
