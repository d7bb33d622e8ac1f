package com.salesteam.jira.model.automation;

import java.time.Instant;
import java.util.Objects;

/** A step to take now for one deal's staleness episode, with the episode's start (its natural key). */
public record StaleDecision(StaleStep step, long issueId, Instant episodeStart, StalePolicy policy) {

    public StaleDecision {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(episodeStart, "episodeStart");
        Objects.requireNonNull(policy, "policy");
    }

    public String episodeKey() {
        return StaleEpisode.key(issueId, episodeStart);
    }

    /** The natural key of one side effect of this step, so that a rerun never repeats it. */
    public String actionKey(ActionKind kind) {
        return episodeKey() + ":" + step.name().toLowerCase(java.util.Locale.ROOT) + ":" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
