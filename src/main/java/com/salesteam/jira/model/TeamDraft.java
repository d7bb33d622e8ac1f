package com.salesteam.jira.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What someone wants a team to be, before it is checked and saved. */
public record TeamDraft(String name, String description, Optional<Long> parentId,
                        Optional<String> managerKey, List<String> memberKeys) {

    public TeamDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(managerKey, "managerKey");
        memberKeys = List.copyOf(memberKeys);
    }

    /** The same draft with surrounding blanks removed from the texts, as it will be stored. */
    public TeamDraft trimmed() {
        return new TeamDraft(name.strip(), description.strip(), parentId,
                managerKey.map(String::strip).filter(key -> !key.isEmpty()), memberKeys);
    }
}
