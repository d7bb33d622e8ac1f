package com.salesteam.jira.service;

import com.salesteam.jira.store.SettingsRepository;

/**
 * The settings a leaderboard reads (fiscal calendar, default currency, leaderboard privacy with its exclusions), kept
 * between requests: with the team tree cold, a team's percent-of-quota, scorecard or reached-first board with cold
 * sums and badges read six tables. Every node forgets them when the calendar or the privacy is saved; the default
 * currency is set only where nothing has read it yet (the sandbox, tests).
 */
public interface LeaderboardSettingsCache {

    /** As {@link SettingsRepository#leaderboardSettings()} reads them. */
    SettingsRepository.LeaderboardSettings settings();

    /** The fiscal calendar or the leaderboard privacy was saved. */
    void forget();
}
