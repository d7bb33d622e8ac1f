package com.salesteam.jira.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales team: a named group of reps with an optional manager and an optional parent team, so teams
 * nest (region → district → team). Members are Jira user keys, which survive renames. A team that names a group
 * takes its members from that group (kept in sync by the app) instead of from an admin's list.
 */
public record Team(long id, String name, String description, Optional<Long> parentId,
                   Optional<String> managerKey, List<String> memberKeys, Optional<String> groupName) {

    public Team {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(groupName, "groupName");
        memberKeys = List.copyOf(memberKeys);
    }

    /** A team whose members are kept by hand. */
    public Team(long id, String name, String description, Optional<Long> parentId, Optional<String> managerKey,
                List<String> memberKeys) {
        this(id, name, description, parentId, managerKey, memberKeys, Optional.empty());
    }

    public boolean synced() {
        return groupName.isPresent();
    }
}
