package com.salesteam.jira.service.kpi;

import java.util.List;

/** The scorecard of everyone in a team and the teams below it, in a period. */
public record TeamScorecards(long teamId, String teamName, String periodKey, List<PersonScorecard> members) {
    public TeamScorecards {
        members = List.copyOf(members);
    }
}
