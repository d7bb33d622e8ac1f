package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of staleness of one deal that the automation acted on: it starts at the deal's last update before
 * the nudge; {@code lastAction} is when the automation last touched the deal (its own comment updates the issue).
 */
public record StaleEpisode(long issueId, Instant start, Instant lastAction, boolean escalated) {

    public StaleEpisode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastAction, "lastAction");
    }

    /** The natural key of a deal's staleness episode: the deal and the update it has been stale since. */
    public static String key(long issueId, Instant start) {
        return "stale:" + issueId + ":" + start.toEpochMilli();
    }

    public String key() {
        return key(issueId, start);
    }
}
