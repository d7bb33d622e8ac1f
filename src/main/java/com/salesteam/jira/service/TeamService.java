package com.salesteam.jira.service;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;

import java.util.List;
import java.util.Map;

/** Reading teams (any logged-in user) and changing them (Jira administrators). */
public interface TeamService {

    int MAX_NAME_LENGTH = 255;
    int MAX_DESCRIPTION_LENGTH = 255;

    List<Team> list();

    Team get(long id);

    Team create(TeamDraft draft);

    Team update(long id, TeamDraft draft);

    void delete(long id);

    // --- Team group sync

    int MAX_GROUP_NAME_LENGTH = 255;

    /** "Sync now" (Jira administrators): brings a synced team's members in line with its group at once. */
    GroupSyncStatus syncNow(long id);

    /** The last sync of every team ever synced, by team id (Jira administrators). */
    Map<Long, GroupSyncStatus> syncStatuses();
}
