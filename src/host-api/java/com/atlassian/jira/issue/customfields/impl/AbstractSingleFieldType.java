package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType}; see DESIGN.md. Verified against: jira-api AbstractSingleFieldType.java source (code corpus, @PublicSpi, protected ctor (CustomFieldValuePersister, GenericConfigManager)); docs.atlassian.com/jira/latest GenericTextCFType.html (protected getDatabaseType/getDbValueFromObject); Jira 8/9 plugins overriding getObjectFromDbValue(@Nonnull Object) throws FieldValidationException. getStringFromSingularObject/getSingularObjectFromString stay abstract (public, from CustomFieldType). Persistence methods (createValue, getValueFromIssue, ...) omitted. Constructor stores the two real protected fields. */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {
    protected final CustomFieldValuePersister customFieldValuePersister;
    protected final GenericConfigManager genericConfigManager;

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
