package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the slip alert remembers of a deal: its key (empty until first alerted), the first expected close it saw, and
 * its latest alert if any.
 */
public record SlipWatch(long issueId, String issueKey, LocalDate baseline, Optional<String> alertKey, Set<SlipReason> reasons,
                        Optional<Instant> alertedAt) {

    public SlipWatch {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(alertKey, "alertKey");
        Objects.requireNonNull(alertedAt, "alertedAt");
        reasons = Set.copyOf(reasons);
    }
}
