package com.salesteam.jira.service;

/**
 * A team's forecast as it stood at the end of a past day, rebuilt from the deals' history: what was in Commit on
 * that day, for how much, due when. Read like the team's forecast: its managers and Jira administrators.
 */
public interface AsOfForecastService {

    /**
     * {@code asOfDay} is an ISO date (2026-05-01) not after today; {@code periodKey} names the period, blank for the
     * quarter that day fell in.
     */
    Forecast forTeam(long teamId, String periodKey, String asOfDay);
}
