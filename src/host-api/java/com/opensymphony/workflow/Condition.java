package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.Condition}; see DESIGN.md. Verified against: tedliang/osworkflow Condition.java; jira-api AbstractJiraCondition.java (implements Condition). */
@SuppressWarnings("rawtypes")
public interface Condition {
    boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
