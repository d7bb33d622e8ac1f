package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;

/**
 * Model version 1: creates the first tables and stores the default fiscal calendar, so that an admin
 * sees the calendar the app uses instead of an unset value. Never overwrites a stored calendar.
 */
public class V1DefaultSettingsUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class);
        SettingsRepository settings = new SettingsRepository(ao);
        if (!settings.hasFiscalCalendar()) {
            settings.saveFiscalCalendar(FiscalCalendar.DEFAULT);
        }
    }
}
