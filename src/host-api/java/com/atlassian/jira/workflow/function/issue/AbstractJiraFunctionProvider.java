package com.atlassian.jira.workflow.function.issue;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.FunctionProvider;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider}; see DESIGN.md. Verified against: jira-api AbstractJiraFunctionProvider.java source (code corpus, @PublicSpi); gaponov96/atlas MyPostfuction (execute + getIssue). Real behaviour kept: getIssue reads transientVars.get("issue"); the WorkflowEntry/IssueManager fallback is not mirrored. execute(...) stays abstract via FunctionProvider. */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraFunctionProvider extends WorkflowFunctionUtils implements FunctionProvider {
    protected MutableIssue getIssue(Map transientVars) {
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        if (issue == null) {
            throw new UnsupportedOperationException();
        }
        return issue;
    }
}
