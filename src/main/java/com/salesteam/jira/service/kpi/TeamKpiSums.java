package com.salesteam.jira.service.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A KPI's total per person of a team (and the teams below it) over the days from {@code from} to {@code to}. */
public record TeamKpiSums(String kpiKey, long teamId, LocalDate from, LocalDate to, Map<String, BigDecimal> byUser) {
    public TeamKpiSums {
        byUser = Map.copyOf(byUser);
    }
}
