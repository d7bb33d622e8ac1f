package com.salesteam.jira.model.setup;

import java.util.Objects;
import java.util.Optional;

/** A custom field found in Jira: its id ("customfield_10100") and its kind, empty when no app kind matches it. */
public record ExistingField(String id, Optional<FieldKind> kind) {

    public ExistingField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
