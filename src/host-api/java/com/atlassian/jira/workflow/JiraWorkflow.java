package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.JiraWorkflow}; see DESIGN.md. Verified against: jira-api JiraWorkflow.java source (code corpus, @PublicApi, extends Comparable&lt;JiraWorkflow&gt;) and docs.atlassian.com/jira/7.1.9 JiraWorkflow.html. Only getName/getDescriptor/getLinkedStatusObjects mirrored. */
public interface JiraWorkflow extends Comparable<JiraWorkflow> {
    String getName();

    WorkflowDescriptor getDescriptor();

    List<Status> getLinkedStatusObjects();
}
