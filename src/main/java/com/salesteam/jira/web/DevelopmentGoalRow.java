package com.salesteam.jira.web;

/** One goal line of the development plan form; its index is the value its "reached" checkbox posts. */
public final class DevelopmentGoalRow {

    private final int index;
    private final String text;
    private final boolean done;

    public DevelopmentGoalRow(int index, String text, boolean done) {
        this.index = index;
        this.text = text;
        this.done = done;
    }

    public int getIndex() {
        return index;
    }

    public String getText() {
        return text;
    }

    public boolean isDone() {
        return done;
    }
}
