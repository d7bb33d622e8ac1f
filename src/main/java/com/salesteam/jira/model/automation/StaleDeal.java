package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.util.Objects;

/** An open deal as the stale rule sees it: its owner, its stage and when it was last updated. */
public record StaleDeal(long issueId, String ownerKey, String stageId, Instant lastUpdate) {

    public StaleDeal {
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
    }
}
