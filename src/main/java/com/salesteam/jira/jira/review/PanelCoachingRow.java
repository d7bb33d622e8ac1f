package com.salesteam.jira.jira.review;

/** One coaching action on the deal panel, formatted for the viewer; the template escapes every part. */
public final class PanelCoachingRow {

    private final String key;
    private final String summary;
    private final String kind;
    private final String state;
    private final String due;
    private final boolean overdue;

    public PanelCoachingRow(String key, String summary, String kind, String state, String due, boolean overdue) {
        this.key = key;
        this.summary = summary;
        this.kind = kind;
        this.state = state;
        this.due = due;
        this.overdue = overdue;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getKind() {
        return kind;
    }

    public String getState() {
        return state;
    }

    public String getDue() {
        return due;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
