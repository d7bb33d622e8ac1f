package com.salesteam.jira.service.quota;

/**
 * Attainment, gap, pace and coverage against quotas, from the deal aggregates. Read like quotas: a rep their own,
 * a manager their teams' (nested), an admin all.
 */
public interface AttainmentService {

    TeamAttainment forTeam(long teamId, String periodKey, String metricKey);

    TeamAttainment.Line forRep(String repKey, String periodKey, String metricKey);
}
