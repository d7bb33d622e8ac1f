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
 * Model version 5: the deal's creation day (a CREATED_ON column on the ledger) and the per-rep day sums (a new
 * table), so weeks, custom ranges and new pipeline read pre-aggregated rows. Rebuilds every sum from the ledger.
 * The deals already recorded have no creation day yet (the ledger did not keep it): their forecast sums go into the
 * day rows at once, but they count as new pipeline only once the ledger reconciliation (nightly, or *Run now* on
 * the Deals admin page) has read each deal issue again, which records its creation day and its day row. Nothing is
 * renamed or dropped.
 */
public class V5DaySumsUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AppSettingEntity.class);
        new DealLedger(ao).rebuildMonths(new SettingsRepository(ao).fiscalCalendar());
    }
}
