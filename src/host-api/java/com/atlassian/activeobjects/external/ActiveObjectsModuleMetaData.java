package com.atlassian.activeobjects.external;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.java.ao.RawEntity;

/** Mirror of activeobjects-plugin 6.x {@code com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData}; see DESIGN.md. Verified against: activeobjects-plugin source (code corpus, isTablePresent "@since 1.2.1") and decompiled CFR 0.152 copy. getDatabaseType() left out (needs the spi DatabaseType enum). */
public interface ActiveObjectsModuleMetaData {
    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
