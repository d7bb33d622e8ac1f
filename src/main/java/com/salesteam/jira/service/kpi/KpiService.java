package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * KPIs. Everyone logged in reads the KPIs in use; Jira administrators define them (and see retired ones). A person
 * logs and reads their own manual KPI values; a manager those of the people in their teams (nested); an admin all.
 */
public interface KpiService {

    /** The active definitions, or all of them for an administrator who asks. */
    List<KpiDefinition> list(boolean includeInactive);

    /** Every bad field is named at once and nothing is written then. */
    KpiDefinition create(KpiDraft draft);

    /** Changes all but the key, which entries refer to; deactivating is an update with {@code active} false. */
    KpiDefinition update(String key, KpiDraft draft);

    /** Sets a day's value of a manual KPI, replacing what was logged for that day. */
    KpiEntry log(KpiEntryDraft draft);

    /** A person's values of every KPI between two days (ISO, both included; blank: the last 14 days). */
    List<KpiEntry> entries(String userKey, String from, String to);

    /** Today where the sales team works (the fiscal calendar's time zone): the day a log defaults to. */
    LocalDate today();

    /** A KPI's total per person of a team and the teams below it, between two days (both included). */
    TeamKpiSums teamSums(String kpiKey, long teamId, String from, String to);
}
