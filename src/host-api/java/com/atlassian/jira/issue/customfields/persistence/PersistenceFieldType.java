package com.atlassian.jira.issue.customfields.persistence;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType}; see DESIGN.md. Verified against: jira-api PersistenceFieldType.java source (code corpus: final class with four public static final constants, private ctor - not a Java enum); Jira 8/9 plugins returning PersistenceFieldType.TYPE_LIMITED_TEXT / TYPE_UNLIMITED_TEXT / TYPE_DECIMAL / TYPE_DATE. */
public final class PersistenceFieldType {
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_DATE = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_DECIMAL = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
