package com.atlassian.jira.workflow;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.AssignableWorkflowScheme}; see DESIGN.md. Verified against: jira-api AssignableWorkflowScheme.java source (since 5.2, turgaycelik/mysource), cures-condec-jira MockWorkflowSchemeManager (builder()/Builder overrides, 8.8.1), atlascommunity/projectconfigurator assignableBuilder().setName/setMapping/build (7.10). */
public interface AssignableWorkflowScheme extends WorkflowScheme {
    Builder builder();

    /** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.AssignableWorkflowScheme.Builder}; verified as above. */
    interface Builder extends WorkflowScheme.Builder<Builder> {
        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
