package com.salesteam.jira.service;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;

import java.util.List;

/** Reading teams (any logged-in user) and changing them (Jira administrators). */
public interface TeamService {

    int MAX_NAME_LENGTH = 255;
    int MAX_DESCRIPTION_LENGTH = 255;

    List<Team> list();

    Team get(long id);

    Team create(TeamDraft draft);

    Team update(long id, TeamDraft draft);

    void delete(long id);
}
