package com.salesteam.jira.model;

import java.util.Objects;

/** A Jira user as the app knows them: the stable key, the login name and the name shown to people. */
public record Person(String key, String username, String displayName) {
    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }
}
