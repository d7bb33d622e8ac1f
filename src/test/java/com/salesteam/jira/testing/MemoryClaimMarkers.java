package com.salesteam.jira.testing;

import com.salesteam.jira.service.cadence.ClaimMarkers;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claim markers kept in memory, as Jira's labels would keep them: each issue marked is found by its marker (under
 * the key {@code "ISSUE-" + id}); {@link #existing} adds an issue marked by a run that then crashed; {@link
 * #searchFails} makes every search throw, as an index Jira cannot read.
 */
public final class MemoryClaimMarkers implements ClaimMarkers {

    private final Map<String, Found> byMarker = new LinkedHashMap<>();
    private final Map<String, String> markedBy = new HashMap<>();
    private int searches;
    private boolean failing;

    @Override
    public void mark(String userKey, long issueId, String marker) {
        byMarker.putIfAbsent(marker, new Found(issueId, "ISSUE-" + issueId));
        markedBy.put(marker, userKey);
    }

    @Override
    public Map<String, Found> find(Collection<String> markers) {
        searches++;
        if (failing) {
            throw new IllegalStateException("index unreadable");
        }
        Map<String, Found> found = new HashMap<>();
        markers.stream().filter(byMarker::containsKey).forEach(marker -> found.put(marker, byMarker.get(marker)));
        return found;
    }

    public MemoryClaimMarkers existing(String marker, long issueId, String issueKey) {
        byMarker.put(marker, new Found(issueId, issueKey));
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
