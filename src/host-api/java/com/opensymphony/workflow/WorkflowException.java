package com.opensymphony.workflow;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.WorkflowException}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/11.3.13/com/opensymphony/workflow/WorkflowException.html (4 ctors incl. (String, Throwable), (Throwable); getRootCause) and tedliang/osworkflow WorkflowException.java. Trivial real behaviour: root cause is stored and returned. */
public class WorkflowException extends Exception {
    private Throwable rootCause;

    public WorkflowException() {
    }

    public WorkflowException(String s) {
        super(s);
    }

    public WorkflowException(String s, Throwable rootCause) {
        super(s);
        this.rootCause = rootCause;
    }

    public WorkflowException(Throwable rootCause) {
        this.rootCause = rootCause;
    }

    public Throwable getRootCause() {
        return rootCause;
    }

    @Override
    public Throwable getCause() {
        return rootCause;
    }
}
