package com.salesteam.jira.service;

import com.salesteam.jira.model.kpi.ScorecardRules;

import java.time.LocalDate;

/**
 * KPI scorecards as the KPI Scorecard field reads them on every issue view, and the rules (KPI definitions and
 * weights) every scorecard read needs: computed once and kept in a bounded cache that every node forgets when KPI
 * entries or definitions, weights, deals, quotas or teams change (Jira's cluster cache). The rules depend on the
 * definitions and weights alone, so a team change forgets the scorecards and keeps the rules.
 */
public interface ScorecardCache {

    /** The person's scorecard in the quarter containing {@code day}. */
    RepScorecard get(String userKey, LocalDate day);

    /** The KPI definitions and each role's weights. */
    ScorecardRules rules();

    /** A KPI entry, deal or quota of this person changed. */
    void forgetPerson(String userKey);

    /** Teams or many values changed: every person's scorecard, not the rules. */
    void forgetScores();

    /** Definitions or weights changed. */
    void forgetAll();
}
