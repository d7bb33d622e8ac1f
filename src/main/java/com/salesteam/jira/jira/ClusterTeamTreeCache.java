package com.salesteam.jira.jira;

import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.store.TeamRepository;

import java.util.List;

/**
 * The team tree on Jira's cluster cache, one entry: removing it on one node removes it on every node (replication by
 * invalidation), so no node checks a board's viewer against teams another node has changed. The one race of every
 * cache here remains (a node that read the teams just before another node's change and stores them just after its
 * removal keeps them until the entry expires), hence a short expiry: the tree decides who may see a board.
 */
public class ClusterTeamTreeCache implements TeamTreeCache {

    static final String NAME = ClusterTeamTreeCache.class.getName() + ".teams";
    static final long EXPIRY_MINUTES = 5;

    private final ClusterSingleEntry<List<Team>> tree;

    public ClusterTeamTreeCache(CacheManager cacheManager, TeamRepository teams) {
        // each Team is immutable, and the list is shared by every reader on the node
        this.tree = new ClusterSingleEntry<>(cacheManager, NAME, EXPIRY_MINUTES, () -> List.copyOf(teams.findAll()));
    }

    @Override
    public List<Team> teams() {
        return tree.get();
    }

    @Override
    public void forget() {
        tree.forget();
    }

    @Override
    public void reload() {
        tree.forget();
        tree.get();
    }
}
