package com.salesteam.jira.web;

/**
 * One task of a person's onboarding plan as the development plan page lists it; a failed one (Jira refused it too
 * often) carries Jira's last reason and its position, which an administrator's retry names.
 */
public final class OnboardingStepRow {

    private final int position;
    private final String title;
    private final String kind;
    private final String due;
    private final String issueKey;
    private final boolean done;
    private final boolean overdue;
    private final boolean failed;
    private final String failure;

    public OnboardingStepRow(int position, String title, String kind, String due, String issueKey, boolean done,
                             boolean overdue, boolean failed, String failure) {
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.due = due;
        this.issueKey = issueKey;
        this.done = done;
        this.overdue = overdue;
        this.failed = failed;
        this.failure = failure;
    }

    public int getPosition() {
        return position;
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

    public boolean isFailed() {
        return failed;
    }

    /** Jira's last reason for refusing the task's issue; empty when it never refused it. */
    public String getFailure() {
        return failure;
    }
}
