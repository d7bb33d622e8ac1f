package com.salesteam.jira.model.setup;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;

import java.util.Objects;

/** The stage rule a blueprint proposes for one of its statuses, added only where the admin has none yet. */
public record StageDefaultSpec(String statusRef, DealOutcome outcome, int probability, ForecastCategory category) {

    public StageDefaultSpec {
        Objects.requireNonNull(statusRef, "statusRef");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(category, "category");
    }
}
