package com.salesteam.jira.web;

/** A fiscal period offered on the commission pages, whether an admin closed it, and whether it has ended (only then may it be closed). */
public final class CommissionPeriodRow {

    private final String key;
    private final String label;
    private final boolean closed;
    private final boolean ended;

    public CommissionPeriodRow(String key, String label, boolean closed, boolean ended) {
        this.key = key;
        this.label = label;
        this.closed = closed;
        this.ended = ended;
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

    public boolean isEnded() {
        return ended;
    }
}
