package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.Scorecard;

import java.util.List;
import java.util.Map;

/**
 * KPI scorecards. Jira administrators set each role's weights. A person reads their own scorecard, a manager those
 * of the people in their teams (nested), an admin everyone's. Managers of a team are scored against the manager
 * benchmarks, everyone else against the rep ones.
 */
public interface ScorecardService {

    /** Each role's weights, for administrators. */
    Map<KpiRole, Scorecard> weights();

    /**
     * Replaces the weights of each role given by key ("rep", "manager"; an empty list clears it); the other role
     * keeps its own. Every bad field is named at once and nothing is written then.
     */
    Map<KpiRole, Scorecard> putWeights(Map<String, List<ScorecardWeightDraft>> byRole);

    /** A person's scorecard in a period (blank: the current quarter). */
    PersonScorecard forPerson(String userKey, String periodKey);

    /** Everyone's scorecard in a team and the teams below it, for its managers and admins. */
    TeamScorecards forTeam(long teamId, String periodKey);
}
