package com.salesteam.jira.service;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.TeamRepository;

import java.util.Optional;

/**
 * Who manages whom and which team a name means, for the adapters Jira calls (workflow conditions, JQL functions),
 * which apply their own rules about the caller.
 */
public class TeamLookup {

    private final TeamRepository teams;

    public TeamLookup(TeamRepository teams) {
        this.teams = teams;
    }

    public TeamHierarchy hierarchy() {
        return new TeamHierarchy(teams.findAll());
    }

    public Optional<Long> idByName(String name) {
        return teams.findIdByName(name);
    }
}
