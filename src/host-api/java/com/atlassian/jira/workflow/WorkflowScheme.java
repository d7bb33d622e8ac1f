package com.atlassian.jira.workflow;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowScheme}; see DESIGN.md. Verified against: jira-api WorkflowScheme.java source (6.x, turgaycelik/mysource: nested Builder&lt;T extends Builder&lt;T&gt;&gt;), anonymous AssignableWorkflowScheme/Builder in cures-condec-jira MockWorkflowSchemeManager (8.8.1). Other members omitted. */
public interface WorkflowScheme {
    Long getId();

    String getName();

    Map<String, String> getMappings();

    /** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowScheme.Builder}; verified as above. */
    interface Builder<T extends Builder<T>> {
        T setDefaultWorkflow(String workflowName);

        T setMapping(String issueTypeId, String workflowName);

        T setMappings(Map<String, String> mappings);
    }
}
