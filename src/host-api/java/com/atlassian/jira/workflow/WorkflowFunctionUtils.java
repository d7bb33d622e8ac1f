package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.WorkflowContext;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowFunctionUtils}; see DESIGN.md. Verified against: jira-api WorkflowFunctionUtils.java source (code corpus) and docs.atlassian.com/jira/latest/com/atlassian/jira/workflow/WorkflowFunctionUtils.html (getCaller returns ApplicationUser, deprecated). Only the caller helpers and ORIGINAL_ISSUE_KEY are mirrored; getCallerKey(Map, Map) from the jira-api source (code corpus). */
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

    /**
     * Real behaviour kept (jira-api WorkflowFunctionUtils/WorkflowUtil source, since 6.0): the "userKey" arg if set,
     * else the caller of the WorkflowContext under "context"; null when run anonymously.
     */
    public static String getCallerKey(Map transientVars, Map args) {
        if (args != null && args.get("userKey") instanceof String userKey && !userKey.isBlank()) {
            return userKey;
        }
        if (transientVars == null || !(transientVars.get("context") instanceof WorkflowContext context)) {
            return null;
        }
        return context.getCaller();
    }
}
