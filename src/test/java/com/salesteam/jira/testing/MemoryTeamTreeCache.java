package com.salesteam.jira.testing;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.store.TeamRepository;

import java.util.List;

/** The team tree cache of one node, for tests and the sandbox: the repository's teams, read again once forgotten. */
public final class MemoryTeamTreeCache implements TeamTreeCache {

    private final TeamRepository teams;
    private List<Team> cached;

    public MemoryTeamTreeCache(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public synchronized List<Team> teams() {
        if (cached == null) {
            cached = List.copyOf(teams.findAll());
        }
        return cached;
    }

    @Override
    public synchronized void forget() {
        cached = null;
    }

    @Override
    public synchronized void reload() {
        cached = List.copyOf(teams.findAll());
    }

    public synchronized boolean holds() {
        return cached != null;
    }
}
