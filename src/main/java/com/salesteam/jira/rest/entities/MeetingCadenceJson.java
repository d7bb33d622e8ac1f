package com.salesteam.jira.rest.entities;

import java.util.List;

/**
 * A team's Sales Meeting cadence in and out: frequencies (any of "weekly", "monthly", "quarterly"), the project
 * key the meetings are created in and how many of the leaderboard the agenda shows (1 to 20, default 5).
 */
public record MeetingCadenceJson(List<String> frequencies, String projectKey, Integer leaderboardTop) {
}
