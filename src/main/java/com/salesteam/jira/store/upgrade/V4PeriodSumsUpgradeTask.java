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
 * Model version 4: per-rep sums per fiscal month, quarter and year (a PERIOD_KEY column and its index on the
 * monthly table), so that attainment and leaderboards read one row per rep. Rebuilds every sum from the ledger on
 * the stored calendar; nothing is renamed or dropped.
 */
public class V4PeriodSumsUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the rebuild writes the day sums too (model version 5), so their table must exist here as well
        ao.migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AppSettingEntity.class);
        new DealLedger(ao).rebuildMonths(new SettingsRepository(ao).fiscalCalendar());
    }
}
