package com.salesteam.jira.web;

/** One task of a person's onboarding plan as the development plan page lists it. */
public final class OnboardingStepRow {

    private final String title;
    private final String kind;
    private final String due;
    private final String issueKey;
    private final boolean done;
    private final boolean overdue;

    public OnboardingStepRow(String title, String kind, String due, String issueKey, boolean done, boolean overdue) {
        this.title = title;
        this.kind = kind;
        this.due = due;
        this.issueKey = issueKey;
        this.done = done;
        this.overdue = overdue;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getDue() {
        return due;
    }

    /** The Coaching Action's key; empty while the job has not created it yet. */
    public String getIssueKey() {
        return issueKey;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
