package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowFunctionUtils}; see DESIGN.md. Verified against: jira-api WorkflowFunctionUtils.java source (code corpus) and docs.atlassian.com/jira/latest/com/atlassian/jira/workflow/WorkflowFunctionUtils.html (getCaller returns ApplicationUser, deprecated). Only the caller helpers and ORIGINAL_ISSUE_KEY are mirrored. */
@SuppressWarnings("rawtypes")
public class WorkflowFunctionUtils {
    public static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    /** Deprecated in Jira since 6.0; use {@link #getCallerUser(Map, Map)}. */
    @Deprecated
    protected ApplicationUser getCaller(Map transientVars, Map args) {
        throw new UnsupportedOperationException();
    }

    protected ApplicationUser getCallerUser(Map transientVars, Map args) {
        throw new UnsupportedOperationException();
    }
}
