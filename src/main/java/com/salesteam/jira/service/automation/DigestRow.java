package com.salesteam.jira.service.automation;

/** One line of the digest e-mail as its template reads it: getters only, each on Jira's Velocity allow-list. */
public final class DigestRow {

    private final String issueKey;
    private final String owner;
    private final String what;
    private final String detail;

    DigestRow(String issueKey, String owner, String what, String detail) {
        this.issueKey = issueKey;
        this.owner = owner;
        this.what = what;
        this.detail = detail;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getOwner() {
        return owner;
    }

    public String getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }
}
