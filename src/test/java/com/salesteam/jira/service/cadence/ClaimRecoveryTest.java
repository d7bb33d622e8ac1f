package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.testing.MemoryClaimMarkers;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** Old claims without an issue: linked when their marker is found, released when not, left when Jira cannot tell. */
public class ClaimRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final MemoryClaimMarkers markers = new MemoryClaimMarkers();
    private final ClaimRecovery recovery = new ClaimRecovery(markers, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> orphans = new ArrayList<>(List.of("a", "b"));
    private final List<Instant> askedBefore = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private final List<String> released = new ArrayList<>();
    private final ClaimRecovery.Claims claims = new ClaimRecovery.Claims((before, limit) -> {
        askedBefore.add(before);
        assertEquals(ClaimRecovery.MAX_PER_RUN, limit);
        return orphans;
    }, (key, id, issueKey) -> confirmed.add(key + "=" + id + "/" + issueKey), released::add);

    @Test
    public void onlyClaimsOlderThanTheSafeAgeAreAskedFor() {
        recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(List.of(Instant.parse("2026-11-20T06:00:00Z")), askedBefore);
    }

    @Test
    public void aClaimWhoseIssueCarriesItsMarkerIsLinkedAndTheOthersReleased() {
        markers.existing(ClaimMarker.of(ClaimMarker.Job.REVIEW, "b"), 42L, "HR-42");

        ClaimRecovery.Outcome outcome = recovery.recover(ClaimMarker.Job.REVIEW, claims);

        assertEquals(new ClaimRecovery.Outcome(1, 1), outcome);
        assertEquals(List.of("b=42/HR-42"), confirmed);
        assertEquals(List.of("a"), released);
        assertEquals("one search for all of them", 1, markers.searches());
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
    }

    @Test
    public void noOldClaimsNoSearch() {
        orphans.clear();

        assertEquals(new ClaimRecovery.Outcome(0, 0), recovery.recover(ClaimMarker.Job.REVIEW, claims));
        assertEquals(0, markers.searches());
    }

    @Test
    public void anIssueIsMarkedWithItsClaimsLabelAsItsCreator() {
        recovery.mark(ClaimMarker.Job.TEAM_MEETING, "7|WEEKLY|FY2026-W47", "boss", 9L);

        String marker = ClaimMarker.of(ClaimMarker.Job.TEAM_MEETING, "7|WEEKLY|FY2026-W47");
        assertEquals(new ClaimMarkers.Found(9L, "ISSUE-9"), markers.marks().get(marker));
        assertEquals("boss", markers.markedBy(marker));
    }

    @Test
    public void aMarkJiraRefusesIsLoggedNotThrown() {
        ClaimRecovery failing = new ClaimRecovery(new ClaimMarkers() {
            @Override
            public void mark(String userKey, long issueId, String marker) {
                throw new IllegalStateException("label refused");
            }

            @Override
            public java.util.Map<String, Found> find(java.util.Collection<String> markers) {
                return java.util.Map.of();
            }
        }, Clock.fixed(NOW, ZoneOffset.UTC));

        failing.mark(ClaimMarker.Job.REVIEW, "a", "boss", 1L);
        assertEquals(NOW, failing.now());
    }
}
