package com.opensymphony.workflow;

import java.io.Serializable;

/** Mirror of OSWorkflow 2.8 {@code com.opensymphony.workflow.WorkflowContext} as bundled with Jira 10.3; see DESIGN.md. Verified against: jira-api WorkflowUtil.getCallerKey(Map) source (code corpus: {@code (WorkflowContext) transientVars.get("context")}, {@code context.getCaller()}). Only getCaller is mirrored. */
public interface WorkflowContext extends Serializable {
    String getCaller();
}
