package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's quotas for a fiscal year at once: one column per quarter or month, one row for the team, each direct
 * sub-team and each direct member. Rows carry the name a quota file uses (username or team name), so the grid saves
 * through the same validated import as a file.
 */
public record QuotaGrid(String fiscalYear, QuotaMeasure metric, List<Period> periods, List<Row> rows) {

    public QuotaGrid {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(metric, "metric");
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    /** "rep" or "team"; the file name of the subject; its display name; its quotas by period key. */
    public record Row(String subjectType, String fileName, String displayName, boolean editable,
                      Map<String, Quota> quotas) {
        public Row {
            Objects.requireNonNull(subjectType, "subjectType");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(displayName, "displayName");
            quotas = Map.copyOf(quotas);
        }
    }
}
