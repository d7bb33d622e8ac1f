package com.salesteam.jira.web;

/** One line of the teams admin table, already resolved to display names. */
public final class TeamRow {

    private final long id;
    private final String name;
    private final String description;
    private final String parentName;
    private final String managerName;
    private final int memberCount;

    public TeamRow(long id, String name, String description, String parentName, String managerName, int memberCount) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.parentName = parentName;
        this.managerName = managerName;
        this.memberCount = memberCount;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** Empty for a top-level team. */
    public String getParentName() {
        return parentName;
    }

    /** Empty when the team has no manager. */
    public String getManagerName() {
        return managerName;
    }

    public int getMemberCount() {
        return memberCount;
    }
}
