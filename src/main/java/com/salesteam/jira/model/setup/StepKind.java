package com.salesteam.jira.model.setup;

/** The kinds of setup steps, in the order they run: later steps need the ids of earlier ones. */
public enum StepKind {
    ISSUE_TYPE,
    STATUS,
    RESOLUTION,
    FIELD,
    /** Options a same-named select list of Jira's lacks: added, never removed. */
    FIELD_OPTIONS,
    SCREEN,
    SCREEN_SCHEME,
    WORKFLOW,
    STAGE_RULE,
    PROJECT_ISSUE_TYPE,
    PROJECT_WORKFLOW,
    PROJECT_SCREEN_SCHEME
}
