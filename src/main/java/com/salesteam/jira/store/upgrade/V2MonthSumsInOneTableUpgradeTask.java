package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;

/**
 * Model version 2: the teams' monthly sums moved into the reps' table (a TEAM_ID column), so that a deal change
 * writes both in one batch. Rebuilds every monthly sum from the ledger; the old team table is left in place,
 * unused, as Active Objects tables are never dropped.
 */
public class V2MonthSumsInOneTableUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(DealEntity.class, DealMonthEntity.class, AppSettingEntity.class);
        new DealLedger(ao).rebuildMonths(new SettingsRepository(ao).fiscalCalendar());
    }
}
