package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A custom field found in Jira: its id ("customfield_10100"), its kind (empty when no app kind matches it), for a
 * select list the values of its options, and the issue types (ids) it applies to in the project being set up
 * (empty when no project is).
 */
public record ExistingField(String id, Optional<FieldKind> kind, List<String> options, Set<String> issueTypesInScope) {

    public ExistingField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        issueTypesInScope = Set.copyOf(issueTypesInScope);
    }

    public ExistingField(String id, Optional<FieldKind> kind) {
        this(id, kind, List.of(), Set.of());
    }

    /** The options {@code spec} offers that this field lacks (compared as Jira does, without regard to case). */
    public List<String> missingOptions(FieldSpec spec) {
        return spec.options().stream()
                .filter(wanted -> options.stream().noneMatch(wanted::equalsIgnoreCase))
                .toList();
    }
}
