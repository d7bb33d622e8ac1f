package com.salesteam.jira.service;

/**
 * Pipeline and forecast figures from the deal ledger's monthly sums. A rep sees their own; a manager their
 * teams' people (nested); a Jira administrator everyone.
 */
public interface ForecastService {

    /** {@code periodKey} names a fiscal period (e.g. FY2027-Q1); blank means the current quarter. */
    Forecast forRep(String repKey, String periodKey);

    Forecast forTeam(long teamId, String periodKey);
}
