package com.salesteam.jira.model.quota;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a quota: who, when, the target before (none for a new quota) and after (none for a removed one).
 * Both sides name the same subject, period and metric.
 */
public record QuotaChange(Optional<Quota> before, Optional<Quota> after, String authorKey, Instant changedAt) {

    public QuotaChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(changedAt, "changedAt");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change has a quota before or after it");
        }
        if (before.isPresent() && after.isPresent() && !sameQuota(before.get(), after.get())) {
            throw new IllegalArgumentException("a change keeps the subject, period and metric of the quota");
        }
    }

    /** A quota set: created when there was none before, else changed. */
    public QuotaChange(Optional<Quota> before, Quota after, String authorKey, Instant changedAt) {
        this(before, Optional.of(after), authorKey, changedAt);
    }

    /** A quota removed: a change to nothing. */
    public static QuotaChange removal(Quota before, String authorKey, Instant changedAt) {
        return new QuotaChange(Optional.of(before), Optional.empty(), authorKey, changedAt);
    }

    public boolean removed() {
        return after.isEmpty();
    }

    /** The quota as it is after the change, or as it was when the change removed it: its subject, period, metric. */
    public Quota quota() {
        return after.or(() -> before).orElseThrow();
    }

    private static boolean sameQuota(Quota one, Quota other) {
        return one.subject().equals(other.subject()) && one.periodKey().equals(other.periodKey())
                && one.metric().equals(other.metric());
    }
}
