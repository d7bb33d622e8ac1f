package com.atlassian.beehive;

/** Mirror of atlassian-beehive-api {@code com.atlassian.beehive.ClusterLockService}; see DESIGN.md. Verified against: decompiled beehive-api ClusterLockService (CFR 0.152, code corpus). */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
