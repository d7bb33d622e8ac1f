package com.salesteam.jira.model.setup;

/** Jira's three status categories, which colour a status and tell boards whether work is done. */
public enum StatusKind {
    TO_DO,
    IN_PROGRESS,
    DONE
}
