package com.salesteam.jira.service;

import com.salesteam.jira.model.kpi.ScorecardScore;

import java.util.Objects;
import java.util.Set;

/**
 * A person's KPI scorecard in one period, as the KPI Scorecard field shows it, with who may see it: the person and
 * the managers of their teams (and those above). Admins see every one.
 */
public record RepScorecard(String userKey, String periodKey, ScorecardScore score, Set<String> viewers) {

    public RepScorecard {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(score, "score");
        viewers = Set.copyOf(viewers);
    }

    public boolean visibleTo(String viewerKey, boolean admin) {
        return admin || viewers.contains(viewerKey);
    }
}
