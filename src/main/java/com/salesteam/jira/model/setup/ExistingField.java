package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom field found in Jira: its id ("customfield_10100"), its kind (empty when no app kind matches it) and, for
 * a select list, the values of its options.
 */
public record ExistingField(String id, Optional<FieldKind> kind, List<String> options) {

    public ExistingField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
    }

    public ExistingField(String id, Optional<FieldKind> kind) {
        this(id, kind, List.of());
    }

    /** The options {@code spec} offers that this field lacks (compared as Jira does, without regard to case). */
    public List<String> missingOptions(FieldSpec spec) {
        return spec.options().stream()
                .filter(wanted -> options.stream().noneMatch(wanted::equalsIgnoreCase))
                .toList();
    }
}
