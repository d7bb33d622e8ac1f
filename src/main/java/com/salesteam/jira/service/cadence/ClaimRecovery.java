package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.ClaimMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Recovers the claims a crash (or a kill) left between claim and create, for the claim-first jobs. A claim still
 * without its issue {@link #SAFE_AGE} after it was made belongs to no live run: runs hold their job's cluster lock
 * for minutes, and the age also outlasts the search index catching up on other nodes. Every issue such a job creates
 * carries its claim's {@link ClaimMarker} label, so one search per run tells, for all old claims together, whether
 * Jira made the issue before the crash: a found issue is recorded against its claim (never created again); a claim
 * whose issue does not exist is released, so the same run's normal pass claims and creates it afresh if it is still
 * owed. When Jira cannot search, nothing is released: a run that cannot tell never risks a second issue.
 */
public class ClaimRecovery {

    /** How old a claim without its issue must be before a later run takes it over. */
    public static final Duration SAFE_AGE = Duration.ofHours(6);
    /** Old claims one run looks at; the rest wait for the next run. */
    public static final int MAX_PER_RUN = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimRecovery.class);

    /** Natural keys of a job's claims without an issue made before {@code claimedBefore}, at most {@code limit}. */
    public interface Orphans {
        List<String> before(Instant claimedBefore, int limit);
    }

    /** Records the issue of a job's claim. */
    public interface Confirm {
        void issue(String naturalKey, long issueId, String issueKey);
    }

    /** A job's claims, as its store keeps them; release gives up a claim that has no issue. */
    public record Claims(Orphans orphans, Confirm confirm, Consumer<String> release) {
    }

    /** What one recovery did: claims linked to the issue found, claims released to be created again. */
    public record Outcome(int linked, int released) {
    }

    private final ClaimMarkers markers;
    private final Clock clock;

    public ClaimRecovery(ClaimMarkers markers, Clock clock) {
        this.markers = markers;
        this.clock = clock;
    }

    /** The instant a claim made now records. */
    public Instant now() {
        return clock.instant();
    }

    public Outcome recover(ClaimMarker.Job job, Claims claims) {
        List<String> orphans = claims.orphans().before(clock.instant().minus(SAFE_AGE), MAX_PER_RUN);
        if (orphans.isEmpty()) {
            return new Outcome(0, 0);
        }
        Map<String, String> markerOf = new LinkedHashMap<>();
        orphans.forEach(key -> markerOf.put(key, ClaimMarker.of(job, key)));
        Map<String, ClaimMarkers.Found> found;
        try {
            found = markers.find(markerOf.values());
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: {} claims left by a crash not recovered: Jira could not search ({}); "
                    + "tried again next run", orphans.size(), e.getMessage());
            return new Outcome(0, 0);
        }
        int linked = 0;
        int released = 0;
        for (Map.Entry<String, String> orphan : markerOf.entrySet()) {
            ClaimMarkers.Found issue = found.get(orphan.getValue());
            if (issue != null) {
                claims.confirm().issue(orphan.getKey(), issue.id(), issue.key());
                linked++;
            } else {
                claims.release().accept(orphan.getKey());
                released++;
            }
        }
        LOG.info("Sales Team Manager: claims left by a crash: {} linked to the issue found, {} released to be "
                + "created again", linked, released);
        return new Outcome(linked, released);
    }

    /**
     * Labels the issue just created for a claim. A failure is logged, not thrown: the issue exists and its claim is
     * still recorded by the caller; only a crash before that record would then leave an unmarked issue.
     */
    public void mark(ClaimMarker.Job job, String naturalKey, String userKey, long issueId) {
        try {
            markers.mark(userKey, issueId, ClaimMarker.of(job, naturalKey));
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: issue {} of claim {} not labelled with its claim ({})", issueId, naturalKey,
                    e.getMessage());
        }
    }
}
