package com.salesteam.jira.model.setup;

import java.util.Objects;

/** A workflow status; {@code ref} names it in the workflow template, e.g. "prospecting" for status.prospecting. */
public record StatusSpec(String ref, String name, StatusKind kind) {

    public StatusSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
