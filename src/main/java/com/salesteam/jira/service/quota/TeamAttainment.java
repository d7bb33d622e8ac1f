package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.QuotaMetric;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Attainment of a team and of its direct members for one period and metric, each in its own quota's units and
 * currency. A line without a quota has no attainment. The team's quota is its explicit one, else the sum
 * of its reps' quotas.
 */
public record TeamAttainment(String periodKey, QuotaMetric metric, Line team, List<Line> members) {

    public TeamAttainment {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(team, "team");
        members = List.copyOf(members);
    }

    /** A subject with its attainment, in the currency of its own quota (empty for counts or without a quota). */
    public record Line(String subjectKey, String name, Optional<Attainment> attainment, Optional<String> currency) {
        public Line {
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(attainment, "attainment");
            Objects.requireNonNull(currency, "currency");
        }
    }
}
