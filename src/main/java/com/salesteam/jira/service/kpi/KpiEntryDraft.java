package com.salesteam.jira.service.kpi;

/** One day's value as a client sends it: KPI key, whose (null or blank: the caller's own), day (ISO) and value. */
public record KpiEntryDraft(String kpi, String user, String day, String value) {
}
