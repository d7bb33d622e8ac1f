package com.salesteam.jira.service.automation;

/** One stage's stale rule as an admin typed it. Nulls mean "missing". */
public record StalePolicyDraft(String stageId, Integer staleDays, Integer escalateDays, Boolean createTask, Boolean flag) {
}
