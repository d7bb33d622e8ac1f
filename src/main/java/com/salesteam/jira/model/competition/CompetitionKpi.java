package com.salesteam.jira.model.competition;

import java.util.Objects;

/**
 * The KPI a competition is on, as it was when the competition was saved: its key, and whether lower values rank
 * first. The direction is kept with the competition (as its roster is) so that standings need no read of the KPI
 * definitions, and a KPI whose direction changes later does not reorder a competition under way.
 */
public record CompetitionKpi(String key, boolean lowerIsBetter) {
    public CompetitionKpi {
        Objects.requireNonNull(key, "key");
    }
}
