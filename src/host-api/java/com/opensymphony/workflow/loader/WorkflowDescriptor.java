package com.opensymphony.workflow.loader;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.loader.WorkflowDescriptor}; see DESIGN.md. Verified against: tedliang/osworkflow loader/WorkflowDescriptor.java; jira-core ConfigurableJiraWorkflow.java (calls new WorkflowDescriptor() from another package, so the no-arg ctor is public); cures-condec-jira / blackduck-jira pass it from WorkflowUtil.convertXMLtoWorkflowDescriptor to ConfigurableJiraWorkflow. No other members mirrored. */
public class WorkflowDescriptor extends AbstractDescriptor {
    public WorkflowDescriptor() {
    }
}
