package com.salesteam.jira.web;

/** One line of a run's audit list on the admin page. */
public final class AutomationActionRow {

    private final String issueKey;
    private final String kind;
    private final String detail;
    private final String when;

    public AutomationActionRow(String issueKey, String kind, String detail, String when) {
        this.issueKey = issueKey;
        this.kind = kind;
        this.detail = detail;
        this.when = when;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getWhen() {
        return when;
    }
}
