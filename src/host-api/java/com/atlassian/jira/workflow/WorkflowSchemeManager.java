package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowSchemeManager}; see DESIGN.md. Verified against: jira-api WorkflowSchemeManager.java source (6.x, code corpus), cures-hub/cures-condec-jira MockWorkflowSchemeManager (@Override, jira-api 8.8.1), condec and atlascommunity/projectconfigurator call sites. @Nonnull/@Nullable omitted. */
public interface WorkflowSchemeManager extends SchemeManager {
    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    AssignableWorkflowScheme getWorkflowSchemeObj(String name);

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

}
