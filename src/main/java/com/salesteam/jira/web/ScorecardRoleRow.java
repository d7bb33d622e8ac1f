package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.Scorecard;

import java.util.List;

/** One role's scorecard as the KPI admin page shows it: the role's key and its lines, every value already text. */
public final class ScorecardRoleRow {

    private final Scorecard scorecard;

    public ScorecardRoleRow(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** "rep" or "manager", as in REST. */
    public String getRole() {
        return scorecard.role().key();
    }

    /** True when the role has no scorecard yet. */
    public boolean isEmpty() {
        return scorecard.weights().isEmpty();
    }

    public List<ScorecardLineRow> getLines() {
        return scorecard.weights().stream().map(ScorecardLineRow::new).toList();
    }
}
