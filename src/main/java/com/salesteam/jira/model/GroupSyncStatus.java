package com.salesteam.jira.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the last sync of a team with its group went: when, how many members it added and removed, or why it failed
 * (an i18n key; the members then stay as they were).
 */
public record GroupSyncStatus(Instant at, int added, int removed, Optional<String> errorKey) {

    public GroupSyncStatus {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(errorKey, "errorKey");
    }

    public static GroupSyncStatus changed(Instant at, int added, int removed) {
        return new GroupSyncStatus(at, added, removed, Optional.empty());
    }

    public static GroupSyncStatus failed(Instant at, String errorKey) {
        return new GroupSyncStatus(at, 0, 0, Optional.of(errorKey));
    }

    public boolean changedMembers() {
        return added > 0 || removed > 0;
    }
}
