package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.QuotaMeasure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Attainment of a team and of its direct members for one period and metric, each in its own quota's units and
 * currency. A line without a quota has no attainment. The team's quota is its explicit one, else the sum
 * of its reps' quotas. {@link Shown} says how much of it the viewer was given.
 */
public record TeamAttainment(String periodKey, QuotaMeasure metric, Line team, List<Line> members, Shown shown) {

    /** What the viewer may see: everything (managers, admins) or what the admin's sharing allows a member rep. */
    public enum Shown {
        ALL,
        /** The rep's own row with amounts, the others' and the team's as percentages and pace only. */
        TEAM_WITHOUT_AMOUNTS,
        /** The rep's own row only; the team line carries no figures. */
        OWN_ROW
    }

    public TeamAttainment {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(shown, "shown");
        members = List.copyOf(members);
    }

    public TeamAttainment(String periodKey, QuotaMeasure metric, Line team, List<Line> members) {
        this(periodKey, metric, team, members, Shown.ALL);
    }

    /**
     * A subject with its attainment, in the currency of its own quota (empty for counts or without a quota). With
     * {@code amountsHidden} its attainment keeps only percent and pace: the amounts were zeroed on the server.
     */
    public record Line(String subjectKey, String name, Optional<Attainment> attainment, Optional<String> currency,
                       boolean amountsHidden) {
        public Line {
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(attainment, "attainment");
            Objects.requireNonNull(currency, "currency");
        }

        public Line(String subjectKey, String name, Optional<Attainment> attainment, Optional<String> currency) {
            this(subjectKey, name, attainment, currency, false);
        }
    }
}
