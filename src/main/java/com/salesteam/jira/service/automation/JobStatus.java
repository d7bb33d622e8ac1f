package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An automation job as the admin page shows it: on or off, next run, last run and what that run did. */
public record JobStatus(String job, boolean enabled, Optional<Instant> nextRun, Optional<AutomationRun> lastRun,
                        List<AutomationAction> lastActions) {

    public JobStatus {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(nextRun, "nextRun");
        Objects.requireNonNull(lastRun, "lastRun");
        lastActions = List.copyOf(lastActions);
    }
}
