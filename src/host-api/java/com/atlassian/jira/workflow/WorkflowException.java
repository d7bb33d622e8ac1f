package com.atlassian.jira.workflow;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.workflow.WorkflowException}; see DESIGN.md. Verified against: jira-core/jira-api com/atlassian/jira/workflow/WorkflowException.java source (code corpus: extends RuntimeException, ctors (String), (Throwable), (String, Throwable)); WorkflowManager.java javadoc "RuntimeException wrapper". Constructors only call super. */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String string) {
        super(string);
    }

    public WorkflowException(Throwable throwable) {
        super(throwable);
    }

    public WorkflowException(String string, Throwable throwable) {
        super(string, throwable);
    }
}
