package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.util.ErrorCollection}; see DESIGN.md. Verified against: jira-api ErrorCollection.java source (code corpus); cures-condec-jira MockIssueService uses addError (8.8.1). */
public interface ErrorCollection {
    void addError(String field, String message);

    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
