package com.salesteam.jira.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales team: a named group of reps with an optional manager and an optional parent team, so teams
 * nest (region → district → team). Members are Jira user keys, which survive renames.
 */
public record Team(long id, String name, String description, Optional<Long> parentId,
                   Optional<String> managerKey, List<String> memberKeys) {

    public Team {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(managerKey, "managerKey");
        memberKeys = List.copyOf(memberKeys);
    }
}
