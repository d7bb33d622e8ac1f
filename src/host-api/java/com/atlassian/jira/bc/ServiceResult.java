package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.bc.ServiceResult}; see DESIGN.md. Verified against: jira-api ServiceResultImpl.java source (code corpus) and jira/server IssueService.TransitionValidationResult.html (isValid, getErrorCollection). */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
