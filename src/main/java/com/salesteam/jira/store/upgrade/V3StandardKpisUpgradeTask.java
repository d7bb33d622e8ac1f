package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;

/**
 * Model version 3: the KPI tables, and the three activity KPIs (calls, meetings, e-mails) every installation starts
 * with. An upgrade task rather than "create on first read": Active Objects runs it once per model version for the
 * whole cluster, so reads never write and two nodes never seed at once. Keys already present (an admin's own
 * "calls", or a second run) are left alone.
 */
public class V3StandardKpisUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(KpiDefEntity.class, KpiEntryEntity.class);
        new KpiRepository(ao).createMissing(KpiDefinition.standardActivities());
    }
}
