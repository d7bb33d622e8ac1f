package com.atlassian.jira.issue.label;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.label.Label} (only what the app uses); see DESIGN.md. Verified against: jira-api Label.java source (@PublicApi final class, getLabel()). */
public final class Label {

    public Label(Long id, Long issue, String label) {
        throw new UnsupportedOperationException();
    }

    public String getLabel() {
        throw new UnsupportedOperationException();
    }
}
