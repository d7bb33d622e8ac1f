package com.salesteam.jira.service;

import com.salesteam.jira.model.AdjustedRollUp;
import com.salesteam.jira.model.ForecastAdjustment;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The manager's calls around one team's forecast: the team's own (every one, latest first), the latest of each
 * direct sub-team, and the team's Commit and Best Case with those sub-team calls in place of their figures (empty
 * when no sub-team has a call, or for a week).
 */
public record TeamCalls(List<ForecastAdjustment> history, List<SubTeamCall> subTeams,
                        Map<Currency, AdjustedRollUp.Figures> adjusted) {

    public TeamCalls {
        history = List.copyOf(history);
        subTeams = List.copyOf(subTeams);
        adjusted = Map.copyOf(adjusted);
    }

    /** A direct sub-team and its manager's latest calls. */
    public record SubTeamCall(long teamId, String teamName, Optional<ForecastAdjustment> commit,
                              Optional<ForecastAdjustment> bestCase) {
        public SubTeamCall {
            Objects.requireNonNull(teamName, "teamName");
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(bestCase, "bestCase");
        }
    }
}
