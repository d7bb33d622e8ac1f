package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Quota;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule every way of setting a quota applies (REST, the CSV import and the year grid, which saves through it):
 * for one person or team and one metric, no two quota periods share a day. A year quota and quarter quotas inside it
 * would give one deal two targets for the same stretch of time, and which one a report means would be a guess.
 */
final class QuotaOverlaps {

    private final Map<List<Object>, List<Period>> storedBySubjectAndMetric = new HashMap<>();

    /** The stored quotas, their period keys read on the calendar (a key the calendar cannot read is skipped). */
    QuotaOverlaps(Collection<Quota> stored, FiscalCalendar calendar) {
        for (Quota quota : stored) {
            Period.parse(quota.periodKey(), calendar).ifPresent(period -> storedBySubjectAndMetric
                    .computeIfAbsent(List.of(quota.subject(), quota.metric()), key -> new ArrayList<>()).add(period));
        }
    }

    /** A stored period of the quota's subject and metric that shares a day with its period without being it. */
    Optional<Period> overlapping(Quota quota, Period period) {
        return storedBySubjectAndMetric.getOrDefault(List.of(quota.subject(), quota.metric()), List.of()).stream()
                .filter(stored -> !stored.key().equals(period.key()))
                .filter(stored -> overlap(stored, period))
                .findFirst();
    }

    /** Periods run from start (inclusive) to end (exclusive). */
    static boolean overlap(Period one, Period other) {
        return one.start().isBefore(other.end()) && other.start().isBefore(one.end());
    }
}
