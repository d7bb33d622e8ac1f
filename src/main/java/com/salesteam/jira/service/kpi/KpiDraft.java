package com.salesteam.jira.service.kpi;

/**
 * A KPI definition as a client sends it, every field as text (null when left out) so that each bad one can be named:
 * {@code metric} goes with the deal-metric source, {@code jql} with the JQL count; {@code active} defaults to true.
 */
public record KpiDraft(String key, String nameEn, String nameZh, String unit, String source, String metric, String jql,
                       String direction, String repBenchmark, String managerBenchmark, Boolean active) {
}
