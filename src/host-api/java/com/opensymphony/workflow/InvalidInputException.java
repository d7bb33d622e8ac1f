package com.opensymphony.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.InvalidInputException}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/10.3.21/com/opensymphony/workflow/InvalidInputException.html and tedliang/osworkflow InvalidInputException.java. Trivial real behaviour: errors are collected in a list/map. (Object) constructor omitted. */
@SuppressWarnings({"rawtypes", "unchecked"})
public class InvalidInputException extends WorkflowException {
    private final List genericErrors = new ArrayList();
    private final Map errors = new HashMap();

    public InvalidInputException() {
        super();
    }

    public InvalidInputException(String error) {
        super(error);
        addError(error);
    }

    public InvalidInputException(String name, String error) {
        super();
        addError(name, error);
    }

    public Map getErrors() {
        return errors;
    }

    public List getGenericErrors() {
        return genericErrors;
    }

    public void addError(String error) {
        genericErrors.add(error);
    }

    public void addError(String name, String error) {
        errors.put(name, error);
    }
}
