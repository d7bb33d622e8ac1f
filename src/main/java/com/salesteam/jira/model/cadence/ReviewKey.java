package com.salesteam.jira.model.cadence;

import java.util.Objects;

/**
 * What makes a scheduled review unique: the team, the rep and the period. Stored as one text so a unique index
 * refuses a second review for the same three, whichever node or run tries.
 */
public record ReviewKey(long teamId, String repKey, String periodKey) {

    /** Jira user keys are at most 255 characters; the key text must fit one indexed column of 255. */
    public static final int MAX_TEXT = 255;

    public ReviewKey {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(periodKey, "periodKey");
    }

    public String text() {
        return teamId + "|" + periodKey + "|" + repKey;
    }

    public boolean fits() {
        return text().length() <= MAX_TEXT;
    }
}
