package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A team's review cycle: one Performance Review per rep per fiscal month or quarter, created in the project named
 * here and due on the {@code dueDay}-th day of the period (day 1 = the period's first day; a day beyond a short
 * period falls on its last day).
 */
public record ReviewCycle(long teamId, ReviewCadence cadence, int dueDay, String projectKey, ReviewAssignee assignee) {

    public static final int MAX_DUE_DAY = 92;

    public ReviewCycle {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(assignee, "assignee");
        if (dueDay < 1 || dueDay > MAX_DUE_DAY) {
            throw new IllegalArgumentException("due day out of range: " + dueDay);
        }
    }

    /** The period that holds {@code today}: the one whose reviews are due now. */
    public Period currentPeriod(FiscalCalendar calendar, LocalDate today) {
        return calendar.periodContaining(cadence.periodType(), today);
    }

    public LocalDate dueDate(Period period) {
        LocalDate due = period.start().plusDays(dueDay - 1L);
        LocalDate last = period.end().minusDays(1);
        return due.isAfter(last) ? last : due;
    }
}
