package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
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
        // the rebuild writes the day sums too (model version 5), so their table must exist here as well
        ao.migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AppSettingEntity.class);
        new DealLedger(ao).rebuildMonths(new SettingsRepository(ao).fiscalCalendar());
    }
}
