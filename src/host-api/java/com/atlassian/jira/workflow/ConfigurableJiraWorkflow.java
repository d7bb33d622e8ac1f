package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.ConfigurableJiraWorkflow}; see DESIGN.md. Verified against: jira-core ConfigurableJiraWorkflow.java source (code corpus: extends AbstractJiraWorkflow, ctor (String, WorkflowDescriptor, WorkflowManager)); cures-hub/cures-condec-jira and blackducksoftware/blackduck-jira call sites (Jira 8+). Trivial real behaviour: stores and returns the name. (String, WorkflowManager) ctor omitted. */
public class ConfigurableJiraWorkflow extends AbstractJiraWorkflow {
    private final String name;

    public ConfigurableJiraWorkflow(final String name, final WorkflowDescriptor workflowDescriptor, final WorkflowManager workflowManager) {
        super(workflowManager, workflowDescriptor);
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }
}
