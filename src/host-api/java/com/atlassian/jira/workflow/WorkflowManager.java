package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowManager}; see DESIGN.md. Verified against: jira-api WorkflowManager.java source (code corpus, @PublicApi) and docs.atlassian.com/jira/7.0.8 WorkflowManager.html; cures-condec-jira / public plugin call sites (getWorkflow, workflowExists, createWorkflow(user, workflow)); getWorkflows() from jira-api WorkflowManager.java (code corpus, "Collection<JiraWorkflow> getWorkflows()"). WorkflowException is com.atlassian.jira.workflow.WorkflowException (unchecked). */
public interface WorkflowManager {
    Collection<JiraWorkflow> getWorkflows();

    JiraWorkflow getWorkflow(String name);

    void createWorkflow(ApplicationUser user, JiraWorkflow workflow) throws WorkflowException;

    boolean workflowExists(String name) throws WorkflowException;
}
