package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastAdjustment;

import java.util.List;

/**
 * Managers' calls on their teams' forecasts, kept beside the roll-up with who made them and when. The managers
 * of a team (or of a team above it) and Jira administrators read and make them; nobody else.
 */
public interface ForecastAdjustmentService {

    /** Every call for the team and period, the latest first. */
    List<ForecastAdjustment> history(long teamId, String periodKey);

    /** The team's calls, its sub-teams' latest, and its Commit and Best Case with the sub-teams' calls in place. */
    TeamCalls calls(long teamId, String periodKey);

    ForecastAdjustment adjust(long teamId, AdjustmentDraft draft);
}
