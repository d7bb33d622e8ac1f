package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.AbstractJiraWorkflow}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.1.9 AbstractJiraWorkflow.html (protected ctor (WorkflowManager, WorkflowDescriptor), protected field workflowManager); jira-core ConfigurableJiraWorkflow.java (super(workflowManager, workflowDescriptor)). Ctor stores its arguments and getDescriptor returns the descriptor (trivial real behaviour); other methods throw. */
public abstract class AbstractJiraWorkflow implements JiraWorkflow {
    protected final WorkflowManager workflowManager;
    private final WorkflowDescriptor workflowDescriptor;

    protected AbstractJiraWorkflow(final WorkflowManager workflowManager, final WorkflowDescriptor workflowDescriptor) {
        this.workflowManager = workflowManager;
        this.workflowDescriptor = workflowDescriptor;
    }

    @Override
    public WorkflowDescriptor getDescriptor() {
        return workflowDescriptor;
    }

    @Override
    public List<Status> getLinkedStatusObjects() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(JiraWorkflow o) {
        throw new UnsupportedOperationException();
    }
}
