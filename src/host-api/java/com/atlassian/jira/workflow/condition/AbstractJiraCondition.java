package com.atlassian.jira.workflow.condition;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.Condition;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.condition.AbstractJiraCondition}; see DESIGN.md. Verified against: jira-api AbstractJiraCondition.java source (code corpus); public plugin AssigneeOnlyCondition (getIssue + getCaller). Real behaviour kept: getIssue reads transientVars.get(ORIGINAL_ISSUE_KEY); the WorkflowEntry/IssueManager fallback is not mirrored. passesCondition(...) stays abstract via Condition. */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraCondition extends WorkflowFunctionUtils implements Condition {
    protected Issue getIssue(Map transientVars) {
        Issue issue = (Issue) transientVars.get(ORIGINAL_ISSUE_KEY);
        if (issue == null) {
            throw new UnsupportedOperationException();
        }
        return issue;
    }
}
