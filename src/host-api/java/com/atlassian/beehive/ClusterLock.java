package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** Mirror of atlassian-beehive-api {@code com.atlassian.beehive.ClusterLock}; see DESIGN.md. Verified against: decompiled beehive-api ClusterLock (CFR 0.152, code corpus): extends Lock, adds isHeldByCurrentThread, redeclares newCondition and lockInterruptibly. */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
