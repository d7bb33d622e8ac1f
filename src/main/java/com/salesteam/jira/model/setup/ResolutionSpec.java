package com.salesteam.jira.model.setup;

import java.util.Objects;

/** A resolution set by a closing transition; {@code ref} names it in the workflow template. */
public record ResolutionSpec(String ref, String name, String descriptionKey) {

    public ResolutionSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
    }
}
