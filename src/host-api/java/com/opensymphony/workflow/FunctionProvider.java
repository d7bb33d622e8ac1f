package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.FunctionProvider}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/11.3.13/com/opensymphony/workflow/FunctionProvider.html and tedliang/osworkflow FunctionProvider.java. */
@SuppressWarnings("rawtypes")
public interface FunctionProvider {
    void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
