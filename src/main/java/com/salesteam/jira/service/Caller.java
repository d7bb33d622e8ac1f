package com.salesteam.jira.service;

import java.util.Objects;

/** The logged-in user making a request, as the app's permission rules need them. */
public record Caller(String userKey, String displayName, boolean admin) {
    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(displayName, "displayName");
    }
}
