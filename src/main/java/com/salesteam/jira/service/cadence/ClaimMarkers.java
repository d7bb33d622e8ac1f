package com.salesteam.jira.service.cadence;

import java.util.Collection;
import java.util.Map;

/**
 * Marks an issue a claim-first job created with its claim's label, and finds the issues that carry some of those
 * labels. Implemented over Jira's labels and search.
 */
public interface ClaimMarkers {

    /** An issue found by its marker; completed as a Coaching Action reads it (done or verified). */
    record Found(long id, String key, boolean completed) {
    }

    /**
     * Adds {@code marker} to the issue's labels, as {@code userKey}, without notifying anyone, unless the issue
     * already carries it. Throws when it cannot.
     */
    void mark(String userKey, long issueId, String marker);

    /**
     * The issues carrying these markers, by marker, in one search that ignores issue security (a job has no user).
     * Throws {@link IllegalStateException} when Jira cannot search: the caller then cannot tell and must not create.
     */
    Map<String, Found> find(Collection<String> markers);
}
