package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.OldClaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Recovers the claims a crash (or a kill) left between claim and create, for the claim-first jobs. A claim still
 * without its issue {@link #SAFE_AGE} after it was made belongs to no live run: runs hold their job's cluster lock
 * for minutes, and the age also outlasts the search index catching up on other nodes. Every issue such a job creates
 * carries its claim's {@link ClaimMarker} label (put on in the create call itself), so one search per run tells, for
 * all old claims together, whether Jira made the issue before the crash: a found issue is recorded against its claim
 * (never created again). A claim whose marker is not found is given up only when a second search at least
 * {@link #RECHECK} after the first miss finds nothing either, so an index that is rebuilding or behind on this node
 * never makes a second issue; the same run's normal pass then claims and creates it afresh if it is still owed. A
 * link-only claim (made before claims had times and markers, or whose marker could not be put on its issue) is
 * never given up. When Jira cannot search, nothing is released.
 */
public class ClaimRecovery {

    /** How old a claim without its issue must be before a later run takes it over. */
    public static final Duration SAFE_AGE = Duration.ofHours(6);
    /** How long after a claim's first miss a second search must miss it too before the claim is given up. */
    public static final Duration RECHECK = Duration.ofHours(6);
    /** Old claims one run looks at; the rest wait for the next run. */
    public static final int MAX_PER_RUN = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimRecovery.class);

    /** A job's claims without an issue made before {@code claimedBefore}, at most {@code limit}. */
    public interface Orphans {
        List<OldClaim> before(Instant claimedBefore, int limit);
    }

    /** Records the issue found for a job's claim. */
    public interface Confirm {
        void issue(String naturalKey, ClaimMarkers.Found issue);
    }

    /** Records when a search first missed a job's claim. */
    public interface Missed {
        void at(String naturalKey, Instant at);
    }

    /** A job's claims, as its store keeps them; release gives up a claim that has no issue. */
    public record Claims(Orphans orphans, Confirm confirm, Consumer<String> release, Missed missed) {
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
        Instant now = clock.instant();
        List<OldClaim> orphans = claims.orphans().before(now.minus(SAFE_AGE), MAX_PER_RUN);
        if (orphans.isEmpty()) {
            return new Outcome(0, 0);
        }
        Map<String, ClaimMarkers.Found> found;
        try {
            found = markers.find(orphans.stream().map(orphan -> ClaimMarker.of(job, orphan.naturalKey())).toList());
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: {} claims left by a crash not recovered: Jira could not search ({}); "
                    + "tried again next run", orphans.size(), e.getMessage());
            return new Outcome(0, 0);
        }
        int linked = 0;
        int released = 0;
        for (OldClaim orphan : orphans) {
            ClaimMarkers.Found issue = found.get(ClaimMarker.of(job, orphan.naturalKey()));
            if (issue != null) {
                claims.confirm().issue(orphan.naturalKey(), issue);
                linked++;
            } else if (orphan.linkOnly()) {
                continue;
            } else if (orphan.firstMissed().isEmpty()) {
                claims.missed().at(orphan.naturalKey(), now);
            } else if (!orphan.firstMissed().get().plus(RECHECK).isAfter(now)) {
                claims.release().accept(orphan.naturalKey());
                released++;
                LOG.warn("Sales Team Manager: claim {} of the {} job released: no issue carries its marker {} ({} "
                        + "and now); it is created again if still owed", orphan.naturalKey(), job,
                        ClaimMarker.of(job, orphan.naturalKey()), orphan.firstMissed().get());
            }
        }
        LOG.info("Sales Team Manager: claims left by a crash: {} linked to the issue found, {} released to be "
                + "created again", linked, released);
        return new Outcome(linked, released);
    }

    /**
     * After Jira created the issue of a claim: makes sure it carries the claim's marker (the create call normally
     * put it on). When it cannot, the claim is recorded as unmarked, so that should it never be confirmed, no later
     * run gives it up and creates a second issue. Failures are logged, not thrown: the issue exists.
     */
    public void mark(ClaimMarker.Job job, String naturalKey, String userKey, long issueId,
                     Consumer<String> unmarked) {
        try {
            markers.mark(userKey, issueId, ClaimMarker.of(job, naturalKey));
            return;
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: issue {} of claim {} not labelled with its claim ({}); the claim is never "
                    + "released", issueId, naturalKey, e.getMessage());
        }
        try {
            unmarked.accept(naturalKey);
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: claim {} not recorded as unmarked ({})", naturalKey, e.getMessage());
        }
    }
}
