package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's quotas for one period and metric: the explicit team quota, each direct member's and each direct
 * sub-team's, the derived sum (every rep in the team or below it) and the over-assignment (derived ÷ explicit, in
 * percent), which is shown only when both are there in one currency.
 */
public record TeamQuotas(String periodKey, QuotaMeasure metric, Optional<Quota> team, List<Line> members, List<Line> subTeams,
                         long derivedUnits, Optional<String> derivedCurrency, Optional<BigDecimal> overAssignmentPercent) {

    public TeamQuotas {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(team, "team");
        members = List.copyOf(members);
        subTeams = List.copyOf(subTeams);
        Objects.requireNonNull(derivedCurrency, "derivedCurrency");
        Objects.requireNonNull(overAssignmentPercent, "overAssignmentPercent");
    }

    /** A member or sub-team with its quota, if it has one. */
    public record Line(String subjectKey, String name, Optional<Quota> quota) {
        public Line {
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quota, "quota");
        }
    }
}
