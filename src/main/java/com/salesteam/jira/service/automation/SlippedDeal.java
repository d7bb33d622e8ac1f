package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.automation.SlipReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A flagged deal in a manager's slip list. */
public record SlippedDeal(long issueId, long projectId, String issueKey, String ownerKey, String ownerName, LocalDate baseline,
                          LocalDate expectedClose, int slipCount, Set<SlipReason> reasons, Instant alertedAt) {

    public SlippedDeal {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(expectedClose, "expectedClose");
        Objects.requireNonNull(alertedAt, "alertedAt");
        reasons = Set.copyOf(reasons);
    }
}
