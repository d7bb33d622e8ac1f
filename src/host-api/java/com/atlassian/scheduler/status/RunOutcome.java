package com.atlassian.scheduler.status;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.status.RunOutcome}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) RunOutcome (SUCCESS, UNAVAILABLE, ABORTED, FAILED). */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
