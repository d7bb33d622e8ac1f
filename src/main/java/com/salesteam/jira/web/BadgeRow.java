package com.salesteam.jira.web;

/** A badge on the profile panel: its kind (for the icon), name, reason, day awarded and whether it is new. */
public final class BadgeRow {

    private final String kind;
    private final String name;
    private final String reason;
    private final String awarded;
    private final boolean fresh;

    public BadgeRow(String kind, String name, String reason, String awarded, boolean fresh) {
        this.kind = kind;
        this.name = name;
        this.reason = reason;
        this.awarded = awarded;
        this.fresh = fresh;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getReason() {
        return reason;
    }

    public String getAwarded() {
        return awarded;
    }

    public boolean isFresh() {
        return fresh;
    }
}
