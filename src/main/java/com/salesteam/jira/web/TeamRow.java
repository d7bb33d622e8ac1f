package com.salesteam.jira.web;

/** One line of the teams admin table, already resolved to display names. */
public final class TeamRow {

    private final long id;
    private final String name;
    private final String description;
    private final String parentName;
    private final String managerName;
    private final int memberCount;
    private final String groupName;
    private final String syncedAt;
    private final String syncOutcome;
    private final boolean syncFailed;

    public TeamRow(long id, String name, String description, String parentName, String managerName, int memberCount,
                   String groupName, String syncedAt, String syncOutcome, boolean syncFailed) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.parentName = parentName;
        this.managerName = managerName;
        this.memberCount = memberCount;
        this.groupName = groupName;
        this.syncedAt = syncedAt;
        this.syncOutcome = syncOutcome;
        this.syncFailed = syncFailed;
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

    /** The Jira group the members are kept in sync with; empty when they are kept by hand. */
    public String getGroupName() {
        return groupName;
    }

    /** When the team was last synced with its group; empty before the first sync. */
    public String getSyncedAt() {
        return syncedAt;
    }

    /** What the last sync did (members added and removed) or why it failed; empty before the first sync. */
    public String getSyncOutcome() {
        return syncOutcome;
    }

    public boolean isSyncFailed() {
        return syncFailed;
    }
}
