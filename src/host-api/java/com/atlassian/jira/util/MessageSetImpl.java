package com.atlassian.jira.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Mirror of Jira 10.3 {@code com.atlassian.jira.util.MessageSetImpl}; see DESIGN.md. Verified against: Jira's own
 * JQL functions and validators ({@code new MessageSetImpl()} then {@code addErrorMessage}). Keeps the little real
 * behaviour (collecting error messages) that tests of JQL functions read back.
 */
public class MessageSetImpl implements MessageSet {

    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }
}
