package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastTotals;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One row of a forecast: a rep or a team, with its sums per currency (never added across currencies). */
public record ForecastLine(String subjectKey, String subjectName, Map<Currency, ForecastTotals> totals) {

    public ForecastLine {
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subjectName, "subjectName");
        TreeMap<Currency, ForecastTotals> sorted = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        sorted.putAll(totals);
        totals = java.util.Collections.unmodifiableMap(sorted);
    }
}
