package com.salesteam.jira.testing;

import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.store.SettingsRepository;

/** The leaderboard settings cache of one node, for tests and the sandbox: read again once forgotten. */
public final class MemoryLeaderboardSettingsCache implements LeaderboardSettingsCache {

    private final SettingsRepository repository;
    private SettingsRepository.LeaderboardSettings cached;

    public MemoryLeaderboardSettingsCache(SettingsRepository repository) {
        this.repository = repository;
    }

    @Override
    public synchronized SettingsRepository.LeaderboardSettings settings() {
        if (cached == null) {
            cached = repository.leaderboardSettings();
        }
        return cached;
    }

    @Override
    public synchronized void forget() {
        cached = null;
    }

    public synchronized boolean holds() {
        return cached != null;
    }
}
