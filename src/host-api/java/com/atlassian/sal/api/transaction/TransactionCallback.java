package com.atlassian.sal.api.transaction;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.transaction.TransactionCallback}; see DESIGN.md. Verified against: decompiled sal-api TransactionCallback (CFR 0.152, code corpus): {@code T doInTransaction()}. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
