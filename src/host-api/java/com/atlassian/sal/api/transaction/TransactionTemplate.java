package com.atlassian.sal.api.transaction;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.transaction.TransactionTemplate}; see DESIGN.md. Verified against: decompiled sal-api TransactionTemplate (CFR 0.152, code corpus): {@code <T> T execute(TransactionCallback<T>)}. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
