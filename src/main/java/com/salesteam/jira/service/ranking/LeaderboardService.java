package com.salesteam.jira.service.ranking;

/**
 * Leaderboards by metric, period (a week, fiscal month, quarter or year, or a custom range of days) and team (or
 * everyone), ranked by standard competition ranking or with the "reached it first" tie-break, with movement against
 * the period before. Who sees what is decided here, on the server.
 */
public interface LeaderboardService {

    int DEFAULT_TOP = 10;
    int MAX_TOP = 100;

    /**
     * @param metricKey  revenue-won (default), deals-won, weighted-pipeline, new-pipeline or percent-of-quota
     * @param periodKey  a week, fiscal month, quarter or year key; blank: the current quarter
     * @param teamId     the team (with the teams below it), or null for every rep (admins only)
     * @param top        how many rows, 1 to {@link #MAX_TOP}; null: {@link #DEFAULT_TOP}
     */
    default Leaderboard board(String metricKey, String periodKey, Long teamId, Integer top) {
        return board(metricKey, null, periodKey, null, null, teamId, top, null);
    }

    /**
     * As {@link #board(String, String, Long, Integer)}, with the metrics kpi (then {@code kpiKey} names an active
     * KPI) and scorecard besides.
     */
    default Leaderboard board(String metricKey, String kpiKey, String periodKey, Long teamId, Integer top) {
        return board(metricKey, kpiKey, periodKey, null, null, teamId, top, null);
    }

    /** As {@link #board(String, String, String, String, String, Long, Integer, String)} without a KPI. */
    default Leaderboard board(String metricKey, String periodKey, String from, String to, Long teamId, Integer top,
                              String tieBreak) {
        return board(metricKey, null, periodKey, from, to, teamId, top, tieBreak);
    }

    /**
     * As {@link #board(String, String, String, Long, Integer)}, with the day-based options besides; KPI and
     * scorecard boards refuse the tie-break, and those of logged KPIs and the scorecard weeks and ranges too (their
     * values are kept per fiscal period, with no day rows).
     *
     * @param from     with {@code to}, a custom range of days instead of a period: ISO days, both included, at most
     *                 {@link BoardPeriod#MAX_RANGE_DAYS} days; null or blank: none
     * @param tieBreak {@link TieBreaks#SHARED} (null or blank) or {@link TieBreaks#REACHED_FIRST}
     */
    Leaderboard board(String metricKey, String kpiKey, String periodKey, String from, String to, Long teamId,
                      Integer top, String tieBreak);
}
