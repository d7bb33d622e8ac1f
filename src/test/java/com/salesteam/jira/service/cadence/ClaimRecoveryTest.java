package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.testing.MemoryClaimMarkers;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * Old claims without an issue: linked when their marker is found; given up only when two searches at least
 * {@link ClaimRecovery#RECHECK} apart missed it, and never when link-only; left when Jira cannot tell.
 */
public class ClaimRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant MISSED_LONG_AGO = NOW.minus(ClaimRecovery.RECHECK);

    private final MemoryClaimMarkers markers = new MemoryClaimMarkers();
    private final ClaimRecovery recovery = recoveryAt(NOW);
    private final List<OldClaim> orphans = new ArrayList<>(List.of(missed("a"), missed("b")));
    private final List<Instant> askedBefore = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private final List<String> released = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final ClaimRecovery.Claims claims = new ClaimRecovery.Claims((before, limit) -> {
        askedBefore.add(before);
        assertEquals(ClaimRecovery.MAX_PER_RUN, limit);
        return orphans;
    }, (key, issue) -> confirmed.add(key + "=" + issue.id() + "/" + issue.key() + (issue.completed() ? " done" : "")),
            released::add, (key, at) -> misses.add(key + "@" + at));

    private ClaimRecovery recoveryAt(Instant at) {
        return new ClaimRecovery(markers, Clock.fixed(at, ZoneOffset.UTC));
    }

    /** A claim a first search missed {@link ClaimRecovery#RECHECK} ago. */
    private static OldClaim missed(String key) {
        return new OldClaim(key, false, Optional.of(MISSED_LONG_AGO));
    }

    @Test
    public void onlyClaimsOlderThanTheSafeAgeAreAskedFor() {
        recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(List.of(Instant.parse("2026-11-20T06:00:00Z")), askedBefore);
    }

    @Test
    public void aClaimWhoseIssueCarriesItsMarkerIsLinkedAndOneMissedTwiceReleased() {
        markers.existing(ClaimMarker.of(ClaimMarker.Job.REVIEW, "b"), 42L, "HR-42", true);

        ClaimRecovery.Outcome outcome = recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(new ClaimRecovery.Outcome(1, 1), outcome);
        assertEquals(List.of("b=42/HR-42 done"), confirmed);
        assertEquals(List.of("a"), released);
        assertEquals("one search for all of them", 1, markers.searches());
    }

    @Test
    public void aFirstMissIsRecordedNotReleased() {
        orphans.set(0, new OldClaim("a", false, Optional.empty()));

        recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(List.of("a@" + NOW), misses);
        assertEquals(List.of("b"), released);
    }

    @Test
    public void anIndexThatMissesOnceThenFindsTheIssueNeverReleasesIt() {
        orphans.clear();
        orphans.add(new OldClaim("a", false, Optional.empty()));
        markers.existing(ClaimMarker.of(ClaimMarker.Job.REVIEW, "a"), 42L, "HR-42").blindFor(1);

        assertEquals(new ClaimRecovery.Outcome(0, 0), recovery.recover(ClaimMarker.Job.REVIEW, claims));
        orphans.set(0, new OldClaim("a", false, Optional.of(NOW)));
        assertEquals(new ClaimRecovery.Outcome(1, 0), recoveryAt(NOW.plus(ClaimRecovery.RECHECK))
                .recover(ClaimMarker.Job.REVIEW, claims));

        assertEquals(List.of(), released);
        assertEquals(List.of("a=42/HR-42"), confirmed);
    }

    @Test
    public void aSecondMissSoonerThanTheRecheckReleasesNothing() {
        orphans.set(0, new OldClaim("a", false, Optional.of(NOW.minus(ClaimRecovery.RECHECK).plus(Duration.ofMinutes(1)))));

        recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(List.of("b"), released);
        assertEquals("the first miss is kept", List.of(), misses);
    }

    @Test
    public void aLinkOnlyClaimIsLinkedWhenFoundAndOtherwiseKept() {
        orphans.clear();
        orphans.add(new OldClaim("legacy", true, Optional.of(MISSED_LONG_AGO)));
        orphans.add(new OldClaim("unmarked", true, Optional.empty()));
        markers.existing(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "legacy"), 7L, "SALES-7");

        assertEquals(new ClaimRecovery.Outcome(1, 0), recovery.recover(ClaimMarker.Job.ONBOARDING, claims));

        assertEquals(List.of("legacy=7/SALES-7"), confirmed);
        assertEquals(List.of(), released);
        assertEquals(List.of(), misses);
    }

    @Test
    public void anotherJobsMarkerIsNoneOfThisJobs() {
        markers.existing(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "a"), 42L, "HR-42");

        recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(List.of(), confirmed);
        assertEquals(List.of("a", "b"), released);
    }

    @Test
    public void whenJiraCannotSearchNothingIsReleasedOrLinked() {
        markers.searchFails();

        assertEquals(new ClaimRecovery.Outcome(0, 0), recovery.recover(ClaimMarker.Job.REVIEW, claims));
        assertEquals(List.of(), confirmed);
        assertEquals(List.of(), released);
        assertEquals(List.of(), misses);
    }

    @Test
    public void noOldClaimsNoSearch() {
        orphans.clear();

        assertEquals(new ClaimRecovery.Outcome(0, 0), recovery.recover(ClaimMarker.Job.REVIEW, claims));
        assertEquals(0, markers.searches());
    }

    @Test
    public void anIssueIsMarkedWithItsClaimsLabelAsItsCreator() {
        List<String> unmarked = new ArrayList<>();
        recovery.mark(ClaimMarker.Job.TEAM_MEETING, "7|WEEKLY|FY2026-W47", "boss", 9L, unmarked::add);

        String marker = ClaimMarker.of(ClaimMarker.Job.TEAM_MEETING, "7|WEEKLY|FY2026-W47");
        assertEquals(new ClaimMarkers.Found(9L, "ISSUE-9", false), markers.marks().get(marker));
        assertEquals("boss", markers.markedBy(marker));
        assertEquals(List.of(), unmarked);
    }

    @Test
    public void aMarkJiraRefusesRecordsTheClaimUnmarkedAndThrowsNothing() {
        markers.markFails(1);
        List<String> unmarked = new ArrayList<>();

        recovery.mark(ClaimMarker.Job.REVIEW, "a", "boss", 1L, unmarked::add);

        assertEquals(List.of("a"), unmarked);
    }

    @Test
    public void anUnmarkedRecordThatFailsTooIsOnlyLogged() {
        markers.markFails(1);

        recovery.mark(ClaimMarker.Job.REVIEW, "a", "boss", 1L, key -> {
            throw new IllegalStateException("database down");
        });

        assertEquals(NOW, recovery.now());
    }
}
