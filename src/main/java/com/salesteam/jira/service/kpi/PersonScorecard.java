package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.kpi.ScorecardScore;

/** A person's scorecard in a period, with their display name. */
public record PersonScorecard(String userKey, String name, String periodKey, ScorecardScore score) {
}
