package com.opensymphony.workflow;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.FactoryException}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/11.3.13/com/opensymphony/workflow/FactoryException.html (ctors (), (Exception), (String), (String, Exception); extends WorkflowException). Constructors only delegate to super. */
public class FactoryException extends WorkflowException {
    public FactoryException() {
        super();
    }

    public FactoryException(Exception cause) {
        super(cause);
    }

    public FactoryException(String message) {
        super(message);
    }

    public FactoryException(String message, Exception cause) {
        super(message, cause);
    }
}
