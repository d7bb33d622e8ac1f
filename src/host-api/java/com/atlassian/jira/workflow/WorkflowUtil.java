package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowUtil}; see DESIGN.md. Verified against: jira WorkflowUtil.java source (code corpus: public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String) throws FactoryException); cures-condec-jira and blackduck-jira call sites. Only that method mirrored. */
public class WorkflowUtil {
    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(final String workflowDescriptorXML) throws FactoryException {
        throw new UnsupportedOperationException();
    }
}
