package com.salesteam.jira.model.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sales Goal as its issue holds it, before any judgement: the metric as the select list's text ("Revenue won"),
 * the period as typed ("FY2027-Q1"), the owner already defaulted to the assignee where the goal names none.
 */
public record GoalDraft(String summary, String description, Optional<String> metric, Optional<BigDecimal> target,
                        Optional<String> periodKey, Optional<LocalDate> dueDate, Optional<String> ownerKey) {

    public GoalDraft {
        summary = Objects.requireNonNullElse(summary, "");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(ownerKey, "ownerKey");
        metric = metric.map(String::strip).filter(text -> !text.isEmpty());
        periodKey = periodKey.map(String::strip).filter(text -> !text.isEmpty());
        ownerKey = ownerKey.filter(key -> !key.isBlank());
    }
}
