package com.atlassian.jira.util;

import java.io.Serializable;
import java.util.Set;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.util.MessageSet}; see DESIGN.md. Verified against: jira-api MessageSet.java source (code corpus, @PublicApi since 3.13). */
public interface MessageSet extends Serializable {
    Set<String> getErrorMessages();

    boolean hasAnyErrors();

    /** Verified against: Jira's own JQL functions and validators, which call it on a MessageSet. */
    void addErrorMessage(String errorMessage);
}
