package com.salesteam.jira.model.setup;

import java.util.Objects;

/** A screen scheme that shows one screen for create, edit and view. */
public record ScreenSchemeSpec(String ref, String name, String screenRef) {

    public ScreenSchemeSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(screenRef, "screenRef");
    }
}
