package com.atlassian.scheduler.config;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.config.RunMode}; see DESIGN.md. Verified against: docs.atlassian.com atlassian-scheduler-api 1.6.0 RunMode.html. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
