package com.salesteam.jira.model.setup;

/** What setup does about one step. */
public enum StepAction {
    /** Already there and fit for use: left as it is. */
    EXISTS,
    CREATE,
    /** Something in the way (a same-named object of another kind, a scheme that maps elsewhere): reported, never overwritten. */
    CONFLICT
}
