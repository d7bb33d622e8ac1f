package com.salesteam.jira.model.automation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Decides what to do about one open deal: nudge its owner once it has not been updated for the stage's days,
 * tell the managers the given days later, never twice for the same episode, and never in the owner's quiet hours
 * (the step then waits for the first run after them).
 *
 * <p>The automation's own comment, sub-task and flag update the issue too; an update that came no later than
 * {@link #OWN_ECHO} after the automation's last action is taken for that echo, so the episode goes on. A person
 * updating the deal later starts afresh: stale again, it is a new episode.
 */
public final class StaleRule {

    static final Duration OWN_ECHO = Duration.ofMinutes(15);

    private StaleRule() {
    }

    public static Optional<StaleDecision> decide(StaleDeal deal, StalePolicy policy, Optional<StaleEpisode> latest,
                                                 Instant now, ZoneId ownerZone, QuietHours quietHours) {
        Optional<StaleEpisode> ongoing = latest.filter(episode -> episode.issueId() == deal.issueId()
                && !deal.lastUpdate().isAfter(episode.lastAction().plus(OWN_ECHO)));
        Instant start = ongoing.map(StaleEpisode::start).orElse(deal.lastUpdate());
        Instant staleAt = start.plus(Duration.ofDays(policy.staleDays()));
        if (now.isBefore(staleAt) || quietHours.isQuiet(now.atZone(ownerZone))) {
            return Optional.empty();
        }
        if (ongoing.isEmpty()) {
            return Optional.of(new StaleDecision(StaleStep.NUDGE, deal.issueId(), start, policy));
        }
        Instant escalateAt = staleAt.plus(Duration.ofDays(policy.escalateDays()));
        if (policy.escalates() && !ongoing.get().escalated() && !now.isBefore(escalateAt)) {
            return Optional.of(new StaleDecision(StaleStep.ESCALATE, deal.issueId(), start, policy));
        }
        return Optional.empty();
    }
}
