package com.salesteam.jira.rest.entities;

/** A user as the REST API shows them. */
public class PersonJson {

    private final String key;
    private final String displayName;

    public PersonJson(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    public String getKey() {
        return key;
    }

    public String getDisplayName() {
        return displayName;
    }
}
