package com.atlassian.sal.api.upgrade;

import java.util.Collection;

import com.atlassian.sal.api.message.Message;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.upgrade.PluginUpgradeTask}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) PluginUpgradeTask. */
public interface PluginUpgradeTask {
    int getBuildNumber();

    String getShortDescription();

    Collection<Message> doUpgrade() throws Exception;

    String getPluginKey();
}
