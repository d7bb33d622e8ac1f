package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.Validator}; see DESIGN.md. Verified against: tedliang/osworkflow Validator.java; docs.atlassian.com/software/jira/docs/api/11.3.13 ValidatorRemote.html (same signature shape). */
@SuppressWarnings("rawtypes")
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
