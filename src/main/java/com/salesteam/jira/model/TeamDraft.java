package com.salesteam.jira.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What someone wants a team to be, before it is checked and saved. */
public record TeamDraft(String name, String description, Optional<Long> parentId,
                        Optional<String> managerKey, List<String> memberKeys, Optional<String> groupName) {

    public TeamDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(groupName, "groupName");
        memberKeys = List.copyOf(memberKeys);
    }

    /** A team whose members are kept by hand. */
    public TeamDraft(String name, String description, Optional<Long> parentId, Optional<String> managerKey,
                     List<String> memberKeys) {
        this(name, description, parentId, managerKey, memberKeys, Optional.empty());
    }

    /** The same draft with surrounding blanks removed from the texts, as it will be stored; a blank group is none. */
    public TeamDraft trimmed() {
        return new TeamDraft(name.strip(), description.strip(), parentId,
                managerKey.map(String::strip).filter(key -> !key.isEmpty()), memberKeys,
                groupName.map(String::strip).filter(group -> !group.isEmpty()));
    }
}
