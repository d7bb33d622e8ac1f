package com.salesteam.jira.rest.entities;

/** The last sync of a team with its Jira group, as the REST API returns it. */
public class GroupSyncJson {

    private final long teamId;
    private final String groupName;
    private final String syncedAt;
    private final int added;
    private final int removed;
    private final String error;

    public GroupSyncJson(long teamId, String groupName, String syncedAt, int added, int removed, String error) {
        this.teamId = teamId;
        this.groupName = groupName;
        this.syncedAt = syncedAt;
        this.added = added;
        this.removed = removed;
        this.error = error;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getGroupName() {
        return groupName;
    }

    /** ISO instant; null before the first sync. */
    public String getSyncedAt() {
        return syncedAt;
    }

    public int getAdded() {
        return added;
    }

    public int getRemoved() {
        return removed;
    }

    /** Why the last sync failed, in the caller's language; null when it succeeded. */
    public String getError() {
        return error;
    }
}
