package com.atlassian.activeobjects.external;

/** Mirror of activeobjects-plugin 6.x {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask}; see DESIGN.md. Verified against: activeobjects-plugin source and decompiled CFR 0.152 copy (code corpus). */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
