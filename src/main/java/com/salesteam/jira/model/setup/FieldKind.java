package com.salesteam.jira.model.setup;

/** What an app field holds; the Jira adapter maps each kind to one of Jira's field types and its searcher. */
public enum FieldKind {
    /** The app's own money type: an exact amount with its currency. */
    MONEY,
    DATE,
    /** A single choice from {@link FieldSpec#options()}. */
    SELECT,
    NUMBER,
    TEXT_AREA,
    /** One line of text, e.g. a fiscal period key such as FY2027-Q1. */
    TEXT,
    /** A single Jira user. */
    USER
}
