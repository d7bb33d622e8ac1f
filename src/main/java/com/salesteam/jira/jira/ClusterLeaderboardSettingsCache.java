package com.salesteam.jira.jira;

import com.atlassian.cache.CacheManager;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.store.SettingsRepository;

/**
 * The leaderboard settings on Jira's cluster cache, one entry removed on every node when one node saves them
 * (replication by invalidation), so no node ranks with a privacy an admin has changed elsewhere. A node that read
 * them just before another node's save and stores them just after its removal keeps them until the entry expires:
 * they decide whose amounts show, hence a short expiry.
 */
public class ClusterLeaderboardSettingsCache implements LeaderboardSettingsCache {

    static final String NAME = ClusterLeaderboardSettingsCache.class.getName() + ".settings";
    static final long EXPIRY_MINUTES = 5;

    private final ClusterSingleEntry<SettingsRepository.LeaderboardSettings> entry;

    public ClusterLeaderboardSettingsCache(CacheManager cacheManager, SettingsRepository settings) {
        // the record and its privacy are immutable, shared by every reader on the node
        this.entry = new ClusterSingleEntry<>(cacheManager, NAME, EXPIRY_MINUTES, settings::leaderboardSettings);
    }

    @Override
    public SettingsRepository.LeaderboardSettings settings() {
        return entry.get();
    }

    @Override
    public void forget() {
        entry.forget();
    }
}
