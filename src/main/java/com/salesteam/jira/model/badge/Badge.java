package com.salesteam.jira.model.badge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An award as stored: when it was made, the key of its deal issue if it has one (looked up when awarded, so
 * showing it needs no issue read), and whether the person has seen it yet (the notification).
 */
public record Badge(Award award, Optional<String> dealKey, Instant awardedAt, boolean seen) {

    public Badge {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(dealKey, "dealKey");
        Objects.requireNonNull(awardedAt, "awardedAt");
    }
}
