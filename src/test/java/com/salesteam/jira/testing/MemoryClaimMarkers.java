package com.salesteam.jira.testing;

import com.salesteam.jira.service.cadence.ClaimMarkers;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claim markers kept in memory, as Jira's labels would keep them: each issue marked is found by its marker (under
 * the key {@code "ISSUE-" + id}); {@link #existing} adds an issue marked by a run that then crashed; {@link
 * #searchFails} makes every search throw, as an index Jira cannot read; {@link #blindFor} makes searches miss, as an
 * index behind; {@link #markFails} makes marks throw.
 */
public final class MemoryClaimMarkers implements ClaimMarkers {

    private final Map<String, Found> byMarker = new LinkedHashMap<>();
    private final Map<String, String> markedBy = new HashMap<>();
    private int searches;
    private boolean failing;
    private int markFailures;
    private int blindSearches;

    @Override
    public void mark(String userKey, long issueId, String marker) {
        if (markFailures > 0) {
            markFailures--;
            throw new IllegalStateException("label not added");
        }
        byMarker.putIfAbsent(marker, new Found(issueId, "ISSUE-" + issueId, false));
        markedBy.put(marker, userKey);
    }

    @Override
    public Map<String, Found> find(Collection<String> markers) {
        searches++;
        if (failing) {
            throw new IllegalStateException("index unreadable");
        }
        Map<String, Found> found = new HashMap<>();
        if (blindSearches > 0) {
            blindSearches--;
            return found;
        }
        markers.stream().filter(byMarker::containsKey).forEach(marker -> found.put(marker, byMarker.get(marker)));
        return found;
    }

    public MemoryClaimMarkers existing(String marker, long issueId, String issueKey) {
        return existing(marker, issueId, issueKey, false);
    }

    /** An issue marked by a run that then crashed, done (or not) as a Coaching Action by now. */
    public MemoryClaimMarkers existing(String marker, long issueId, String issueKey, boolean completed) {
        byMarker.put(marker, new Found(issueId, issueKey, completed));
        return this;
    }

    /** The next {@code count} marks throw, as a label Jira could not add. */
    public MemoryClaimMarkers markFails(int count) {
        markFailures = count;
        return this;
    }

    /** The next {@code count} searches find nothing, as an index still being rebuilt on this node. */
    public MemoryClaimMarkers blindFor(int count) {
        blindSearches = count;
        return this;
    }

    public MemoryClaimMarkers searchFails() {
        failing = true;
        return this;
    }

    /** Every marker put on an issue, with the issue. */
    public Map<String, Found> marks() {
        return Map.copyOf(byMarker);
    }

    /** The user who marked the issue of this marker, if a run marked it. */
    public String markedBy(String marker) {
        return markedBy.get(marker);
    }

    public int searches() {
        return searches;
    }
}
