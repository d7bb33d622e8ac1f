package com.salesteam.jira.jira;

/** One badge in the award e-mail: its name and reason in the recipient's language. */
public final class BadgeMailLine {

    private final String name;
    private final String reason;

    public BadgeMailLine(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public String getReason() {
        return reason;
    }
}
