package com.salesteam.jira.model.setup;

import java.util.Objects;

/** A Jira project that can be set up. */
public record SetupProject(long id, String key, String name) {

    public SetupProject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
