package com.salesteam.jira.service.ranking;

/**
 * Leaderboards by metric, fiscal period and team (or everyone), ranked by standard competition ranking, with
 * movement against the period before. Who sees what is decided here, on the server.
 */
public interface LeaderboardService {

    int DEFAULT_TOP = 10;
    int MAX_TOP = 100;

    /**
     * @param metricKey  revenue-won (default), deals-won, weighted-pipeline, percent-of-quota, kpi or scorecard
     * @param periodKey  a fiscal month, quarter or year key; blank: the current quarter
     * @param teamId     the team (with the teams below it), or null for every rep (admins only)
     * @param top        how many rows, 1 to {@link #MAX_TOP}; null: {@link #DEFAULT_TOP}
     */
    Leaderboard board(String metricKey, String periodKey, Long teamId, Integer top);

    /**
     * As {@link #board(String, String, Long, Integer)}, with the metrics kpi (then {@code kpiKey} names an active,
     * measured KPI) and scorecard besides.
     */
    Leaderboard board(String metricKey, String kpiKey, String periodKey, Long teamId, Integer top);
}
