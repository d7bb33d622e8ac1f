package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;

import java.util.List;
import java.util.Optional;

/**
 * Quotas. A rep reads their own; a manager reads their teams' (nested) and sets the quotas of the people and
 * sub-teams under them, never their own; a Jira administrator reads and sets all.
 */
public interface QuotaService {

    TeamQuotas forTeam(long teamId, String periodKey, String metricKey);

    /**
     * The team's quotas for a fiscal year (e.g. FY2027) per quarter or month (periodType "quarter" or "month"), for
     * the team's managers and admins; each row says whether the caller may change it.
     */
    QuotaGrid grid(long teamId, String fiscalYear, String metricKey, String periodType);

    Optional<Quota> forRep(String repKey, String periodKey, String metricKey);

    /** Sets a quota; every bad field is reported at once and nothing is written then. Empty when nothing changed. */
    Optional<QuotaChange> set(QuotaDraft draft);

    /**
     * Removes a quota (by the same people who may set it), recorded in its history as a change to nothing. Every bad
     * field is reported at once; a 404 when there is no such quota.
     */
    QuotaChange remove(String subjectType, String subjectKey, String periodKey, String metricKey);

    List<QuotaChange> history(String subjectType, String subjectKey, String periodKey, String metricKey);
}
