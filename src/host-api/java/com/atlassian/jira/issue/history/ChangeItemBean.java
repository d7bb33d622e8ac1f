package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.history.ChangeItemBean}; see DESIGN.md. Verified against: jira-api ChangeItemBean.java source (code corpus, @PublicApi concrete class; 7-arg (fieldType, field, from, fromString, to, toString, Timestamp created) ctor; getCreated() returns java.sql.Timestamp), DefaultChangeHistoryManager building it from oldvalue/oldstring/newvalue/newstring. Real trivial behaviour (store and return) so tests can build instances; other members (getFieldType, setters, other ctors, STATIC_FIELD/CUSTOM_FIELD) left out, so fieldType is accepted but not kept. */
public class ChangeItemBean {
    private final Timestamp created;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString, Timestamp created) {
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }

    public Timestamp getCreated() {
        return created;
    }
}
