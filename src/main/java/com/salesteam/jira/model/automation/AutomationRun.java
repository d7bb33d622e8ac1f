package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One run of an automation job: when, started by whom (the schedule or an admin), what it went through and did. */
public record AutomationRun(long id, String job, Instant started, Optional<Instant> finished, String trigger,
                            int deals, int actions, int failures, String summary) {

    public AutomationRun {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(summary, "summary");
    }
}
