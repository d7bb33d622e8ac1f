package com.salesteam.jira.jira.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a {@link PersonRoleCondition} lets through, relative to the person a user field names: that person, a
 * manager of theirs, or either. Stored in the workflow as the lower-case name.
 */
public enum PersonRole {
    PERSON, MANAGER, EITHER;

    public String arg() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role an arg names; empty for anything else, which the condition treats as a closed gate. */
    public static Optional<PersonRole> fromArg(String arg) {
        for (PersonRole role : values()) {
            if (role.arg().equals(arg)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
