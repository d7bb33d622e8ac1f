package com.salesteam.jira.model.cadence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim a claim-first job made a while ago that still has no issue. {@code linkOnly} when its issue may exist
 * without its marker label (the claim predates claim times and markers, or the marker could not be put on the
 * issue): such a claim is linked when its issue is found but never given up. {@code firstMissed} is when a search
 * first found no issue carrying its marker, if one did.
 */
public record OldClaim(String naturalKey, boolean linkOnly, Optional<Instant> firstMissed) {

    public OldClaim {
        Objects.requireNonNull(naturalKey, "naturalKey");
        Objects.requireNonNull(firstMissed, "firstMissed");
    }
}
