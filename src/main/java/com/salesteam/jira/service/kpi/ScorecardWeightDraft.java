package com.salesteam.jira.service.kpi;

/** One scorecard line as a client sends it, every field as text so each bad one can be named; a blank cap: none. */
public record ScorecardWeightDraft(String kpi, String weight, String cap) {
}
