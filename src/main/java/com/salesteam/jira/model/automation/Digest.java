package com.salesteam.jira.model.automation;

import java.util.List;
import java.util.Objects;

/**
 * A weekly digest for one person: the deals of theirs (and, for a manager, of their teams) that went stale or whose
 * close date slipped in the week. Empty digests are not sent.
 */
public record Digest(String recipientKey, String recipientName, String weekKey, List<DigestLine> stale,
                     List<DigestLine> slipped) {

    public Digest {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(weekKey, "weekKey");
        stale = List.copyOf(stale);
        slipped = List.copyOf(slipped);
    }

    public boolean isEmpty() {
        return stale.isEmpty() && slipped.isEmpty();
    }

    /** One digest per person and week: a rerun in the same week sends nothing. */
    public String key() {
        return "digest:" + recipientKey + ":" + weekKey;
    }
}
