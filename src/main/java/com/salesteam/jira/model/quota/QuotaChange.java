package com.salesteam.jira.model.quota;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One change of a quota: who, when, the target before (none for a new quota) and after. */
public record QuotaChange(Optional<Quota> before, Quota after, String authorKey, Instant changedAt) {

    public QuotaChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
